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

test("API answers come whole, compressed, with their length; pages stream compressed", async ({
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const gzip = { "accept-encoding": "gzip" };
  // The OpenAPI document is long enough to compress; the health answer is not.
  const document = await anonymous.get("/api/v1/openapi.json", { headers: gzip });
  expect(document.headers()["content-encoding"]).toBe("gzip");
  expect(Number(document.headers()["content-length"])).toBeGreaterThan(0);
  expect(document.headers()["transfer-encoding"]).toBeUndefined();
  expect((await document.json()).openapi).toBe("3.1.0");
  const health = await anonymous.get("/api/v1/health", { headers: gzip });
  expect(health.headers()["content-encoding"]).toBeUndefined();
  expect(health.headers()["content-length"]).toBe(String((await health.body()).length));
  const page = await anonymous.get("/questions", { headers: { "accept-encoding": "br" } });
  expect(page.headers()["content-encoding"]).toBe("br");
  expect(page.headers()["transfer-encoding"]).toBe("chunked");
  expect(await page.text()).toContain("Questions");
  await anonymous.dispose();
});
