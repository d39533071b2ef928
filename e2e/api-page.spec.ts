import { expect, test } from "./fixtures";

// Read-only: the API page and the document it is built from.

test("a reader finds the API from the footer and reads how to call it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "The API" }).click();
  await expect(page).toHaveURL(/\/api$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Crosscheck API");
  for (const name of ["Authentication", "Errors", "Versions and conflicts", "Pagination"])
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByText("Authorization: Bearer <token>")).toBeVisible();
  const record = page.locator("section#post-api-v1-claims");
  await expect(record).toContainText("Record a claim from a passage of a source");
  await expect(record.getByRole("cell", { name: "quote.exact" })).toBeVisible();
});

test("the OpenAPI document is served to anyone as JSON", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/api/v1/claims/{id}");
  await anonymous.dispose();
});
