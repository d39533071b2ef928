import type { APIResponse, Page } from "@playwright/test";
import { EDITOR_STATE, expect, test } from "./fixtures";
import { selectWords, sourceId } from "./source-page";

test.use({ storageState: EDITOR_STATE });

// Claims recorded here on the sample sources are deleted afterwards: other specs read them as seeded.
const recorded: string[] = [];
const fillers: string[] = [];
const fillerQuestions: string[] = [];
test.afterEach(async ({ request }) => {
  for (const id of recorded.splice(0)) await request.delete(`/api/v1/claims/${id}`);
  for (const id of fillers.splice(0)) await request.delete(`/api/v1/sources/${id}`);
  for (const id of fillerQuestions.splice(0)) await request.delete(`/api/v1/questions/${id}`);
});

async function created(response: APIResponse): Promise<{ id: string; questionId?: string }> {
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; questionId?: string };
}

async function savedClaimId(page: Page): Promise<string> {
  const saved = page.getByRole("status").filter({ hasText: "Claim recorded" });
  await expect(saved).toBeVisible();
  const href = await saved.getByRole("link", { name: "the claim" }).getAttribute("href");
  const id = href?.split("/").at(-1) ?? "";
  recorded.push(id);
  return id;
}

test("the panel is a dialog: focus moves in, stays in, returns; a failed save focuses the first field in error and lists every error", async ({
  page,
}) => {
  await page.goto(`/sources/${await sourceId(page, "[No headline] ArmInfo")}`);
  const opener = page.getByRole("button", { name: "Record a claim…" });
  await opener.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("dialog", { name: "Record a claim" });
  await expect(panel.getByLabel("Passage")).toBeFocused();
  for (let i = 0; i < 40; i++) await page.keyboard.press("Tab");
  expect(await panel.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(opener).toBeFocused();

  await opener.click();
  await panel.getByRole("button", { name: "Save claim" }).click();
  await expect(panel.getByLabel("Passage")).toBeFocused();
  await expect(panel.getByRole("alert").filter({ hasText: "fields need attention" })).toBeVisible();
  await expect(panel.locator("#new-claim-question-error")).toBeVisible();
  // Keyboard users type the quote; the field says at once whether it is in the text.
  await panel.getByLabel("Passage").fill("26 citizens of Armenian nationality were killed");
  await expect(panel.getByText("Found in the text.")).toBeVisible();
  await expect(panel.locator("#new-claim-quote-error")).toHaveCount(0);
  await panel.getByLabel("Stated wording").fill("twenty-six citizens");
  await expect(panel.locator("#field-new-claim-stated-error")).toContainText("not in the passage");
  await panel.getByLabel("Passage").fill("26 citizens of Armenian natonality were killed");
  await expect(panel.getByText("Not found in the text. The nearest words:")).toBeVisible();
});

test("a drag that starts inside a highlight selects words", async ({ page }) => {
  await page.goto(`/sources/${await sourceId(page, "[No headline] ArmInfo")}`);
  const highlight = page.locator("[data-source-text] a").first();
  await highlight.scrollIntoViewIfNeeded();
  const box = (await highlight.boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? "");
  expect(selected.length).toBeGreaterThan(3);
  await expect(
    page.getByRole("button", { name: "Record a claim from the selection" }),
  ).toBeVisible();
});

test("a suggested figure is recorded in three clicks, and the notice leaves the new highlight visible", async ({
  page,
  request,
}) => {
  // The page lists only the first questions by label; these sort before the one the figure
  // answers, which the panel must still show as chosen.
  const filler = await created(
    await request.post("/api/v1/sources", {
      data: { title: "Panel filler", text: "12 people were counted.", language: "en" },
    }),
  );
  fillers.push(filler.id);
  for (let n = 0; n < 20; n++) {
    const claim = await created(
      await request.post("/api/v1/claims", {
        data: {
          sourceId: filler.id,
          quote: { exact: "12 people" },
          question: { subject: `Aaa panel ${n}`, measure: "people counted", kind: "count" },
        },
      }),
    );
    fillerQuestions.push(claim.questionId!);
  }
  await page.goto(`/sources/${await sourceId(page, "[No headline] ArmInfo")}`);
  await page.getByRole("button", { name: "Find figures" }).click();
  await page.getByRole("button", { name: "Record “thousands”…" }).click();
  const panel = page.getByRole("dialog", { name: "Record a claim" });
  await expect(panel.getByLabel("Passage")).toHaveValue(/thousands of Armenians were killed/);
  await expect(panel.getByLabel("Stated wording")).toHaveValue(/^thousands/);
  await expect(
    panel.getByRole("option", { name: "Sumgait pogrom — Armenians killed (whole event)" }),
  ).toHaveAttribute("aria-selected", "true");
  await panel.getByRole("button", { name: "Save claim" }).click();
  const id = await savedClaimId(page);
  const highlight = page.locator(`[data-source-text] a[href="/claims/${id}"]`).first();
  await expect(highlight).toBeVisible();
  const notice = (await page
    .getByRole("status")
    .filter({ hasText: "Claim recorded" })
    .boundingBox())!;
  const mark = (await highlight.boundingBox())!;
  const overlaps =
    notice.x < mark.x + mark.width &&
    mark.x < notice.x + notice.width &&
    notice.y < mark.y + mark.height &&
    mark.y < notice.y + notice.height;
  expect(overlaps).toBe(false);
});

test("more words, in the same source and in another, become other passages of the claim", async ({
  page,
  request,
}) => {
  await page.goto(`/sources/${await sourceId(page, "[No headline] ArmInfo")}`);
  await selectWords(page, "276 servicemen");
  await page.getByRole("button", { name: "Record a claim from the selection" }).click();
  const panel = page.getByRole("dialog", { name: "Record a claim" });
  await panel.getByLabel("Find a question").fill("+ A new question");
  await panel.getByLabel("Find a question").press("Enter");
  await panel.getByLabel("Subject").fill(`Panel test ${Date.now()}`);
  await panel.getByLabel("Measure").fill("servicemen injured");
  await panel.getByRole("button", { name: "Save claim" }).click();
  const id = await savedClaimId(page);
  // The text is drawn again with the new highlight after the save; a selection made before that
  // would be on text nodes that are then replaced.
  await expect(page.locator(`[data-source-text] a[href="/claims/${id}"]`).first()).toBeVisible();

  await selectWords(page, "During the clean-up operation");
  await page.getByRole("button", { name: "Add as another passage of this claim" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Added as another passage" }),
  ).toBeVisible();

  await page.goto(`/sources/${await sourceId(page, "The Armenian Genocide in Azerbaijan")}`);
  await selectWords(page, "hundreds were wounded and maimed");
  await page.getByRole("button", { name: "Add as another passage of this claim" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Added as another passage" }),
  ).toBeVisible();

  const claim = await (await request.get(`/api/v1/claims/${id}`)).json();
  expect(claim.passages).toHaveLength(3);
  expect(new Set(claim.passages.map((p: { sourceId: string }) => p.sourceId)).size).toBe(2);
  await page.getByRole("button", { name: "Stop adding passages" }).click();
});
