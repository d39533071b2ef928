import type { APIRequestContext } from "@playwright/test";
import { EDITOR_STATE, expect, test, sourcesTrashedAfterEach } from "./fixtures";

test.use({ storageState: EDITOR_STATE });

// Each test makes its own source (with one claim) and moves it to the trash afterwards.
const created = sourcesTrashedAfterEach();

async function claimOnNewSource(request: APIRequestContext) {
  const tag = crypto.randomUUID().slice(0, 8);
  const text = `Report ${tag}. Officials said 26 people were killed in the square.`;
  const source = await request.post("/api/v1/sources", { data: { title: `Report ${tag}`, text } });
  expect(source.status()).toBe(201);
  const sourceId = (await source.json()).id as string;
  created.push(sourceId);
  const claim = await request.post("/api/v1/claims", {
    data: {
      sourceId,
      question: { subject: `Square ${tag}`, measure: "people killed", kind: "count" },
      quote: { exact: "26 people were killed" },
    },
  });
  expect(claim.status()).toBe(201);
  return (await claim.json()) as { id: string; version: number };
}

test("two tabs edit one claim: the second save is refused, shows the other change and keeps what was typed", async ({
  page,
  request,
}) => {
  const claim = await claimOnNewSource(request);
  const other = await page.context().newPage();
  await page.goto(`/claims/${claim.id}`);
  await other.goto(`/claims/${claim.id}`);

  await page.getByLabel("Editor's note").fill("Checked against the ministry list.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await other.getByLabel("Editor's note").fill("Typed in the second tab.");
  await other.getByLabel("According to").fill("Witnesses");
  await other.getByRole("button", { name: "Save changes" }).click();
  const conflict = other.getByRole("alert").filter({ hasText: "Someone else saved this claim" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("“Checked against the ministry list.”");
  await expect(other.getByLabel("Editor's note")).toHaveValue("Typed in the second tab.");
  await expect(other.getByLabel("According to")).toHaveValue("Witnesses");
  const afterConflict = await request.get(`/api/v1/claims/${claim.id}`);
  expect((await afterConflict.json()).note).toBe("Checked against the ministry list.");

  // Having seen the other change, saving again applies this tab's edit over it.
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const saved = await (await request.get(`/api/v1/claims/${claim.id}`)).json();
  expect(saved).toMatchObject({ note: "Typed in the second tab.", version: 3 });
  await other.close();
});

test("the history lists each change, and an editor restores an earlier version", async ({
  page,
  request,
}) => {
  test.slow();
  const claim = await claimOnNewSource(request);
  for (const [note, version] of [
    ["First reading.", 1],
    ["Second reading.", 2],
  ] as const) {
    const response = await request.patch(`/api/v1/claims/${claim.id}`, {
      headers: { "if-match": `"${version}"` },
      data: { note },
    });
    expect(response.status()).toBe(200);
  }

  await page.goto(`/claims/${claim.id}`);
  await page.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/history`));
  await expect(page.getByText("Now at version 3.")).toBeVisible();
  const second = page.getByRole("listitem").filter({ hasText: "Version 2" });
  await expect(second).toContainText("“First reading.”");
  await second.getByRole("button", { name: "Restore version 2" }).click();

  await expect(
    page.getByRole("status").filter({ hasText: "The version was restored" }),
  ).toBeVisible();
  await expect(page.getByText("Now at version 4.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Version 4" })).toContainText(
    "“Second reading.” → “First reading.”",
  );
  const restored = await (await request.get(`/api/v1/claims/${claim.id}`)).json();
  expect(restored).toMatchObject({ note: "First reading.", version: 4 });
});

test("a long history pages back to the claim's first version and forward again", async ({
  page,
  request,
}) => {
  test.slow();
  const claim = await claimOnNewSource(request);
  // 101 edits: 102 versions, more than one page of 100 changes.
  for (let version = 1; version <= 101; version++) {
    const response = await request.patch(`/api/v1/claims/${claim.id}`, {
      headers: { "if-match": `"${version}"` },
      data: { note: `Reading ${version}.` },
    });
    expect(response.status()).toBe(200);
  }
  await page.goto(`/claims/${claim.id}/history`);
  await expect(page.getByText("Now at version 102.")).toBeVisible();
  const version = (n: number) =>
    page.getByRole("listitem").filter({ hasText: new RegExp(`^\\s*Version ${n}(?!\\d)`) });
  await expect(version(102)).toHaveCount(1);
  await expect(version(1)).toHaveCount(0);
  const pages = page.getByRole("navigation", { name: "Pages of changes" });
  await pages.getByRole("link", { name: "Older changes →" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/history\\?before=3$`));
  await expect(version(1)).toHaveCount(1);
  await expect(version(2)).toHaveCount(1);
  await expect(version(3)).toHaveCount(0);
  await expect(pages.getByRole("link", { name: "Older changes →" })).toHaveCount(0);
  await pages.getByRole("link", { name: "← Newest changes" }).click();
  await expect(version(102)).toHaveCount(1);
});
