import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Read-only: these tests look at the seeded sample corpus and change nothing, so they hold
// whatever order they run in and whatever other specs add and remove around them.

test("a reader follows a divergent question from the home page to its comparison", async ({
  page,
}) => {
  await page.goto("/");
  const divergent = page.getByRole("region", { name: "Where sources diverge" });
  const item = divergent
    .getByRole("listitem")
    .filter({ hasText: "whole event" })
    .filter({
      has: page.getByRole("link", { name: "Sumgait pogrom — Armenians killed" }),
    });
  await expect(item.getByText("Sources diverge").first()).toBeVisible();
  await item.getByRole("link", { name: "Sumgait pogrom — Armenians killed" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Sumgait pogrom — Armenians killed",
  );
  await expect(page.getByRole("main").getByText("whole event", { exact: true })).toBeVisible();
  await expect(page.getByTestId("verdict-summary")).toContainText("Sources diverge: 26");
  await expect(page.getByTestId("verdict-summary")).toContainText("hundreds");
  // The other scope is a separate question, and the page says where to find it.
  await expect(page.getByRole("link", { name: "Armenians killed, in one night" })).toBeVisible();

  const chart = page.getByRole("group", {
    name: /Range chart of \d+ claims on a logarithmic scale/,
  });
  await expect(chart).toBeVisible();

  // The official figure, in context, its stated words marked, under its group.
  const group = page.getByRole("region", { name: /Group \d — 26: 2 sources relaying 1 origin/ });
  const card = group
    .getByRole("article")
    .filter({ hasText: "26 citizens of Armenian nationality" });
  await expect(card.getByRole("blockquote")).toContainText(
    "According to official data from the USSR Prosecutor General's Office",
  );
  await expect(card.locator("mark")).toHaveText("26 citizens of Armenian nationality");
  await expect(card.getByText("USSR Prosecutor General's Office", { exact: true })).toBeVisible();
  await expect(card.getByText(/Relays the same origin as/)).toBeVisible();
  await expect(card.getByRole("link", { name: "Read in source →" })).toHaveAttribute(
    "href",
    /^\/sources\/[^/#]+#passage-[^/#]+$/,
  );
  await expect(card.getByRole("link", { name: "Claim details" })).toHaveAttribute(
    "href",
    /^\/claims\/[^/]+$/,
  );

  const estimate = page
    .getByRole("region", { name: /Group \d — .*hundreds.*: 1 source/ })
    .getByRole("article")
    .filter({ hasText: "hundreds of Armenians" });
  await expect(estimate.locator("mark")).toHaveText("hundreds of Armenians");
  await expect(estimate.getByText("Unofficial estimates (not named)")).toBeVisible();
});

test("a reader opens a subject matrix, sees cells coloured by group and follows one", async ({
  page,
  request,
}) => {
  await page.goto("/subjects");
  await page.getByRole("link", { name: "Sumgait pogrom" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sumgait pogrom" })).toBeVisible();

  const table = page.getByRole("table", { name: "Sumgait pogrom: questions by source" });
  const row = table
    .getByRole("row")
    .filter({ hasText: "whole event" })
    .filter({
      has: page.getByRole("link", { name: "Armenians killed", exact: true }),
    });
  await expect(row.getByText("Sources diverge")).toBeVisible();

  const official = row.getByRole("link", { name: /26 citizens of Armenian nationality/ });
  const relayed = row.getByRole("link", { name: /26 Armenian nationals/ });
  const estimate = row.getByRole("link", { name: /hundreds of Armenians/ });
  // One origin relayed twice is one group; the unofficial estimate is another, in another colour.
  expect(await background(relayed)).toBe(await background(official));
  expect(await background(estimate)).not.toBe(await background(official));
  await expect(official).toContainText("Group");
  await expect(page.getByRole("region", { name: "Legend" })).toContainText("Group 2");

  const href = await official.getAttribute("href");
  expect(href).toMatch(/^\/claims\/[^/]+$/);
  const claim = await request.get(`/api/v1${href}`);
  expect(claim.ok()).toBe(true);
  expect((await claim.json()).stated).toBe("26 citizens of Armenian nationality");
});

test("the question list filters by verdict with a plain form", async ({ page }) => {
  await page.goto("/questions");
  await page.getByLabel("Verdict").selectOption("agree");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]verdict=agree(&|$)/);

  const items = page.getByRole("list", { name: "Questions" }).getByRole("listitem");
  await expect(items.filter({ hasText: "Sumgait pogrom — dates" })).toHaveCount(1);
  await expect(items.filter({ hasText: "Sumgait pogrom — Armenians killed" })).toHaveCount(0);
  for (const item of await items.all()) {
    await expect(item.getByText("Sources agree").first()).toBeVisible();
  }
});

test("the question list finds any subject by words of its name and filters by it", async ({
  page,
}) => {
  await page.goto("/questions");
  const find = page.getByLabel("Find a subject");
  const subject = page.getByRole("combobox", { name: "Subject", exact: true });
  await find.fill("BAKU pogrom");
  // The select now offers the server's matches, not the page's first subjects.
  await expect(subject.locator("option")).toHaveText(["All subjects", "Baku pogrom"]);
  await expect(page.getByRole("status").filter({ hasText: /those words/ })).toBeVisible();
  await subject.selectOption({ label: "Baku pogrom" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]subject=/);
  await expect(page.getByText(/questions? about Baku pogrom/)).toBeVisible();
  const items = page.getByRole("list", { name: "Questions" }).getByRole("listitem");
  await expect(items.filter({ hasText: "Sumgait pogrom" })).toHaveCount(0);
  await expect(items.filter({ hasText: "Baku pogrom — people killed" })).toHaveCount(1);
  // Words that do not match the chosen subject leave it offered, and chosen.
  await find.fill("sumgait pogrom");
  await expect(subject.locator("option")).toHaveText([
    "All subjects",
    "Baku pogrom",
    "Sumgait pogrom",
  ]);
  await expect(subject.locator("option:checked")).toHaveText("Baku pogrom");
  await find.fill("no subject has these words");
  await expect(page.getByText("No subject has those words.")).toBeVisible();
});

test("a filter that cannot be used shows every question and says why", async ({ page }) => {
  const response = await page.goto("/questions?verdict=maybe");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/That filter could not be used/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Sumgait pogrom — dates" })).toBeVisible();
});

test("the comparison and the matrix fit a phone's width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/subjects");
  await page.getByRole("link", { name: "Sumgait pogrom" }).click();
  await expect(page.getByRole("table")).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  await page.getByRole("link", { name: "dates", exact: true }).click();
  await expect(page.getByRole("group", { name: /Range chart/ })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test("unknown questions and subjects get the not-found page", async ({ page }) => {
  expect((await page.goto("/questions/does-not-exist"))?.status()).toBe(404);
  expect((await page.goto("/subjects/does-not-exist"))?.status()).toBe(404);
});

function background(locator: ReturnType<Page["locator"]>): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element).backgroundColor);
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
