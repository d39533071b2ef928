import { ADMIN_STATE, expect, test } from "./fixtures";

test.use({ storageState: ADMIN_STATE });

test("an admin deletes a source, finds it in the trash and restores it with its claim intact", async ({
  page,
  request,
}) => {
  // Eight pages and API calls in a row: more than the default time on a busy machine.
  test.slow();
  const tag = crypto.randomUUID().slice(0, 8);
  const title = `Trashed report ${tag}`;
  const text = `Report ${tag}. Officials said 26 people were killed in the square.`;
  const source = await (await request.post("/api/v1/sources", { data: { title, text } })).json();
  const posted = await request.post("/api/v1/claims", {
    data: {
      sourceId: source.id,
      question: { subject: `Trash ${tag}`, measure: "people killed", kind: "count" },
      quote: { exact: "26 people were killed" },
      note: "Kept through the trash.",
    },
  });
  expect(posted.status()).toBe(201);
  const claim = await posted.json();

  await page.goto(`/sources/${source.id}/delete`);
  await page.getByRole("button", { name: "Delete source" }).click();
  await expect(page).toHaveURL(/\/sources\?deleted=1/);
  expect((await request.get(`/api/v1/sources/${source.id}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/claims/${claim.id}`)).status()).toBe(404);

  await page.goto("/trash");
  const row = page.getByRole("listitem").filter({ hasText: title });
  await expect(row).toBeVisible();
  await page.goto("/trash?kind=claim");
  await expect(
    page.getByRole("listitem").filter({ hasText: title }).getByText("went with its source"),
  ).toBeVisible();

  await page.goto("/trash");
  await page
    .getByRole("listitem")
    .filter({ hasText: title })
    .getByRole("button", { name: "Restore" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Restored as it was." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);

  const back = await request.get(`/api/v1/claims/${claim.id}`);
  expect(back.status()).toBe(200);
  const restored = await back.json();
  expect(restored).toMatchObject({ note: "Kept through the trash.", stated: claim.stated });
  expect(restored.passages).toEqual(claim.passages);
  await page.goto(`/sources/${source.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await request.delete(`/api/v1/sources/${source.id}`);
});
