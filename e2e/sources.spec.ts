import { ADMIN_STATE, EDITOR_STATE, expect, test, sourcesTrashedAfterEach } from "./fixtures";

test.use({ storageState: EDITOR_STATE });

// Every source this file creates is deleted afterwards, so runs and other specs never see it.
const created = sourcesTrashedAfterEach();

test("an editor adds a source, finds it in the list and reads it", async ({ page }) => {
  const title = `Report ${crypto.randomUUID().slice(0, 8)}`;
  const text = `First paragraph with a non-breaking\u00a0space and “curly quotes”.\n\nSecond paragraph: 26 people.`;

  await page.goto("/sources/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publisher or outlet").fill("Test Agency");
  await page.getByLabel("Published").fill("2020-02");
  await page.getByLabel("Text").fill(text);
  await page.getByRole("button", { name: "Add source" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  created.push(page.url().split("/").at(-1) ?? "");
  await expect(page.getByText("February 2020")).toBeVisible();

  await page.getByRole("link", { name: "Sources", exact: true }).click();
  const link = page.getByRole("link", { name: title });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByText("Second paragraph: 26 people.")).toBeVisible();
  // The stored text is the typed one, character for character.
  const stored = await page.request.get(`/api/v1/sources/${created[0]}`);
  expect((await stored.json()).text).toBe(text);
});

test("bad input shows errors beside the fields and keeps what was typed", async ({ page }) => {
  await page.goto("/sources/new");
  await page.getByLabel("Publisher or outlet").fill("Kept Publisher");
  await page.getByLabel("Published").fill("February 2020");
  await page.getByLabel("Text").fill("A text that must survive the error.");
  await page.getByRole("button", { name: "Add source" }).click();

  const title = page.getByLabel("Title");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-title-error")).toHaveText("a title is required");
  await expect(page.locator("#field-published-error")).toContainText("YYYY-MM");
  await expect(page.getByLabel("Text")).toHaveValue("A text that must survive the error.");
  await expect(page.getByLabel("Publisher or outlet")).toHaveValue("Kept Publisher");
  await expect(page.getByLabel("Published")).toHaveValue("February 2020");
  await expect(page).toHaveURL(/\/sources\/new$/);
});

test("a pasted duplicate links to the source already in the library", async ({ page, request }) => {
  const text = `Duplicate ${crypto.randomUUID()}`;
  const first = await request.post("/api/v1/sources", { data: { title: "Original", text } });
  created.push((await first.json()).id);

  await page.goto("/sources/new");
  await page.getByLabel("Title").fill("Copy");
  await page.getByLabel("Text").fill(text);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("alert").first()).toContainText("already in the library");
  await page.getByRole("link", { name: "Original" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Original" })).toBeVisible();
});

test("an editor edits details; an admin deletes with confirmation", async ({
  page,
  browser,
  request,
}) => {
  const response = await request.post("/api/v1/sources", {
    data: { title: "To edit", text: `Edit me ${crypto.randomUUID()}` },
  });
  const { id } = await response.json();
  created.push(id);

  await page.goto(`/sources/${id}`);
  await page.getByRole("link", { name: "Edit details" }).click();
  await page.getByLabel("Title").fill("Edited title");
  await page.getByLabel("Language").fill("hy");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edited title" })).toBeVisible();

  await expect(page.getByRole("link", { name: "Delete…" })).toHaveCount(0);
  const admin = await browser.newPage({ storageState: ADMIN_STATE });
  await admin.goto(`/sources/${id}`);
  await admin.getByRole("link", { name: "Delete…" }).click();
  await expect(admin.getByRole("heading", { name: "Delete this source?" })).toBeVisible();
  await admin.getByRole("button", { name: "Delete source" }).click();
  await expect(admin.getByText("The source was deleted.")).toBeVisible();
  await admin.close();
  expect((await request.get(`/api/v1/sources/${id}`)).status()).toBe(404);
});

test("unknown pages and ids get the app's own not-found page", async ({ page }) => {
  const response = await page.goto("/sources/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("the layout works at phone width without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/sources");
  await expect(page.getByRole("link", { name: "Add a source" }).first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
