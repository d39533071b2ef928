import { expect, test } from "./fixtures";

// The source this file creates is deleted afterwards, so runs and other specs never see it.
const created: string[] = [];
test.afterEach(async ({ request }) => {
  for (const id of created.splice(0)) await request.delete(`/api/v1/sources/${id}`);
});

test("a reader searches from the header, without accents, and lands on the source", async ({
  page,
  request,
}) => {
  const tag = crypto.randomUUID().replace(/\D/g, "").slice(0, 6);
  const title = `Informe de Sumqayıt ${tag}`;
  const response = await request.post("/api/v1/sources", {
    data: {
      title,
      language: "es",
      text: `Según la Fiscalía, murieron 26 personas en la población de Sumqayıt${tag}.`,
    },
  });
  expect(response.status()).toBe(201);
  created.push((await response.json()).id);

  await page.goto("/questions");
  const box = page.getByRole("search").getByRole("searchbox");
  await box.fill(`poblacion sumqayit${tag}`);
  await box.press("Enter");

  await expect(page).toHaveURL(/\/search\?q=/);
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.locator("mark", { hasText: "población" })).toBeVisible();
  await sources.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});
