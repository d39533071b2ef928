import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ADMIN_STATE, EDITOR_STATE, expect, test } from "./fixtures";

// WCAG 2.2 AA and everything below it; a serious or critical violation fails the page.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
  expect(blocking, `${what} has accessibility violations`).toEqual([]);
}

async function ids(page: Page) {
  const sources = await (await page.request.get("/api/v1/sources?pageSize=100")).json();
  const questions = await (await page.request.get("/api/v1/questions")).json();
  const subjects = await (await page.request.get("/api/v1/subjects")).json();
  const question = questions.items[0].id as string;
  const comparison = await (await page.request.get(`/api/v1/questions/${question}`)).json();
  return {
    source: sources.items[0].id as string,
    question,
    subject: subjects.items[0].id as string,
    claim: comparison.claims[0].id as string,
  };
}

test.describe("as a reader (signed out)", () => {
  test("every public page", async ({ page }) => {
    // Axe takes a second or two a page on a busy machine; the list is long.
    test.slow();
    const { source, question, subject, claim } = await ids(page);
    for (const path of [
      "/",
      "/questions",
      `/questions/${question}`,
      `/questions/${question}/history`,
      "/subjects",
      `/subjects/${subject}`,
      "/sources",
      `/sources/${source}`,
      `/sources/${source}/history`,
      `/claims/${claim}`,
      `/claims/${claim}/history`,
      "/search?q=Sumgait",
      "/styles",
      "/api",
      "/sign-in",
      "/forbidden",
      "/no-such-page",
    ]) {
      await page.goto(path);
      await expectAccessible(page, path);
    }
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: EDITOR_STATE });
  test("the pages and panels editors use", async ({ page }) => {
    test.slow();
    const { source, claim } = await ids(page);
    for (const path of [
      "/sources/new",
      `/sources/${source}/edit`,
      `/sources/${source}/text`,
      `/sources/${source}/versions`,
      `/claims/${claim}`,
      "/account",
    ]) {
      await page.goto(path);
      await expectAccessible(page, path);
    }
    await page.goto(`/sources/${source}`);
    await expectAccessible(page, "a source page with the recorder");
    await page.getByRole("button", { name: "Find figures" }).click();
    await expect(page.getByText(/figures and dates found/)).toBeVisible();
    await expectAccessible(page, "the suggested figures");
    await page.getByRole("button", { name: "Record a claim…" }).click();
    await page
      .getByRole("dialog", { name: "Record a claim" })
      .getByRole("button", { name: "Save claim" })
      .click();
    await expectAccessible(page, "the recording panel with its errors");
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: ADMIN_STATE });
  test("the admin pages", async ({ page }) => {
    const { source, claim } = await ids(page);
    for (const path of [
      "/trash",
      "/admin/users",
      `/sources/${source}/delete`,
      `/claims/${claim}/delete`,
    ]) {
      await page.goto(path);
      await expectAccessible(page, path);
    }
  });
});
