import type { Page } from "@playwright/test";
import { ADMIN_STATE, EDITOR_STATE, expect, test } from "./fixtures";
import { selectWords, sourceId } from "./source-page";

test.use({ storageState: EDITOR_STATE });

// Claims this file records on the sample sources are deleted afterwards: other specs read the
// sample data as seeded.
const recorded: string[] = [];
test.afterEach(async ({ request }) => {
  for (const id of recorded.splice(0)) await request.delete(`/api/v1/claims/${id}`);
});

async function questionId(page: Page, subject: string, measure: string): Promise<string> {
  const response = await page.request.get("/api/v1/questions");
  const { items } = (await response.json()) as {
    items: { id: string; measure: string; subject: { name: string } }[];
  };
  const question = items.find((q) => q.subject.name === subject && q.measure === measure);
  if (!question) throw new Error(`no question ${subject} — ${measure}`);
  return question.id;
}

test("an editor records a claim from a selected passage and sees the verdict change", async ({
  page,
}) => {
  const polatov = await sourceId(page, "The Armenian Genocide in Azerbaijan");
  const rioters = await questionId(page, "Sumgait pogrom", "rioters");

  await page.goto(`/questions/${rioters}`);
  await expect(page.getByText(/One source only/).first()).toBeVisible();

  await page.goto(`/sources/${polatov}`);
  await selectWords(page, "hundreds of Sumgait Azerbaijanis");
  await page.getByRole("button", { name: "Record a claim from the selection" }).click();

  const panel = page.getByRole("dialog", { name: "Record a claim" });
  await expect(panel.getByLabel("Passage")).toHaveValue("hundreds of Sumgait Azerbaijanis");
  // The picker reads "subject — measure (scope)"; typing then Enter picks the first match.
  await panel.getByLabel("Find a question").fill("sumgait rioters");
  await panel.getByLabel("Find a question").press("Enter");
  await expect(panel.getByRole("option", { name: /^Sumgait pogrom — rioters/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(panel.getByLabel("Stated wording")).toHaveValue("hundreds of Sumgait Azerbaijanis");
  await expect(panel.getByText(/Reads as 200–999/)).toBeVisible();
  await panel.getByLabel("Method").selectOption("testimony");
  await panel.getByRole("button", { name: "Save claim" }).click();

  const saved = page.getByRole("status").filter({ hasText: "Claim recorded" });
  await expect(saved).toBeVisible();
  const claimHref = await saved.getByRole("link", { name: "the claim" }).getAttribute("href");
  recorded.push(claimHref?.split("/").at(-1) ?? "");
  // The passage is now highlighted in the text, as a link to its claim.
  await expect(page.locator(`[data-source-text] a[href="${claimHref}"]`)).toHaveText(
    "hundreds of Sumgait Azerbaijanis",
  );

  await saved.getByRole("link", { name: "See the comparison" }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${rioters}`));
  await expect(page.getByText(/Sources diverge/).first()).toBeVisible();
  // The new claim stands in the comparison with its passage in context, the stated words marked.
  await expect(page.locator("mark", { hasText: "hundreds of Sumgait Azerbaijanis" })).toBeVisible();
});

test("typed words not in the text are refused beside the field, and nothing typed is lost", async ({
  page,
}) => {
  const arminfo = await sourceId(page, "[No headline] ArmInfo");
  await page.goto(`/sources/${arminfo}`);
  await page.getByRole("button", { name: "Record a claim…" }).click();
  const panel = page.getByRole("dialog", { name: "Record a claim" });
  await panel.getByLabel("Passage").fill("27 citizens of Armenian nationality were killed");
  await panel.getByLabel("Find a question").fill("Sumgait Armenians killed (whole event)");
  await panel
    .getByRole("option", { name: "Sumgait pogrom — Armenians killed (whole event)" })
    .click();
  await panel.getByLabel("According to").fill("Someone");
  await panel.getByRole("button", { name: "Save claim" }).click();

  await expect(panel.locator("#new-claim-quote-error")).toContainText("not in this source");
  // Focus went to the field in error.
  await expect(panel.getByLabel("Passage")).toBeFocused();
  await expect(panel.getByLabel("Passage")).toHaveValue(
    "27 citizens of Armenian nationality were killed",
  );
  await expect(panel.getByLabel("According to")).toHaveValue("Someone");
});

test("a claim is edited by an editor and deleted by an admin", async ({
  page,
  browser,
  request,
}) => {
  const arminfo = await sourceId(page, "[No headline] ArmInfo");
  const injured = await questionId(page, "Sumgait pogrom", "people injured");
  const response = await request.post("/api/v1/claims", {
    data: {
      sourceId: arminfo,
      questionId: injured,
      quote: { exact: "injuries of varying severity were received by 276 servicemen" },
    },
  });
  expect(response.status()).toBe(201);
  const claim = await response.json();
  recorded.push(claim.id);

  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("276 servicemen");
  await page.getByLabel("Editor's note").fill("Soviet troops, not residents.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByText("Soviet troops, not residents.").first()).toBeVisible();

  // The origin field offers the origins cited lately, then what the server finds for the words.
  const offered = page.locator("datalist[id$='-origins'] option");
  const values = async () =>
    offered.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect((await values()).some((name) => !/unofficial/i.test(name))).toBe(true);
  await page.getByLabel("According to").fill("UNOFFICIAL estim");
  await expect.poll(values).toEqual(["Unofficial estimates (not named)"]);
  await page.getByLabel("According to").fill("");

  // Editors edit; only admins delete.
  await expect(page.getByRole("link", { name: "Delete this claim…" })).toHaveCount(0);
  const admin = await browser.newPage({ storageState: ADMIN_STATE });
  await admin.goto(`/claims/${claim.id}`);
  await admin.getByRole("link", { name: "Delete this claim…" }).click();
  await admin.getByRole("button", { name: "Delete claim" }).click();
  await expect(admin).toHaveURL(new RegExp(`/questions/${claim.questionId}`));
  await admin.close();
  expect((await request.get(`/api/v1/claims/${claim.id}`)).status()).toBe(404);
});
