import { createServer, type Server } from "node:http";
import { EDITOR_STATE, expect, test } from "./fixtures";

test.use({ storageState: EDITOR_STATE });

// The page the app imports, served on 127.0.0.1 at the port the app's allow-list names
// (playwright.config.ts); each run's page is new, so no test meets an earlier copy.
const PORT = Number(process.env.E2E_IMPORT_PORT);
let site: Server;
const marker = crypto.randomUUID().slice(0, 8);
const TITLE = `Commission counts the dead ${marker}`;
const PAGE = `<!doctype html><html lang="en"><head><title>${TITLE} | Daily Test</title>
<meta property="og:title" content="${TITLE}"><meta name="author" content="Ana Writer">
<meta property="article:published_time" content="1990-01-20T08:00:00Z">
<meta property="og:site_name" content="Daily Test"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${TITLE}</h1>
<p>BAKU, January 19. The commission said on Friday that 26 people were killed in the city over three days, and that more than 100 were wounded. Reference ${marker}.</p>
<p>Subscribe now for unlimited access to every article on this site.</p>
<p>Witnesses told reporters that the violence began on the evening of January 13 and lasted until troops arrived. The commission will publish its full report next month, its chairman said.</p>
<p>Hospitals in the city reported treating dozens of people for injuries, according to the health ministry, which did not give a precise figure.</p>
</article><footer>Comments (3)</footer></body></html>`;

const created: string[] = [];
test.beforeAll(async () => {
  site = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(PAGE);
  });
  await new Promise<void>((done) => site.listen(PORT, "127.0.0.1", done));
});
test.afterAll(async () => {
  site.close();
});
test.afterEach(async ({ request }) => {
  for (const id of created.splice(0)) await request.delete(`/api/v1/sources/${id}`);
});

test("from a web address to a saved source, with a cut and the original kept", async ({ page }) => {
  await page.goto("/sources/new");
  await page.getByRole("link", { name: "From a web address" }).click();
  await page
    .getByLabel("Web address of the article")
    .fill(`http://127.0.0.1:${PORT}/news/${marker}`);
  await page.getByRole("button", { name: "Fetch the page" }).click();

  await expect(page.getByLabel("Title")).toHaveValue(TITLE);
  await expect(page.getByLabel("Published")).toHaveValue("1990-01-20");
  await expect(page.getByLabel("Authors")).toHaveValue("Ana Writer");
  const preview = page.locator("[data-kept-text]");
  await expect(preview).toContainText("26 people were killed");

  // Select the advertisement in the preview and cut it.
  await preview.evaluate((root) => {
    const node = [...root.querySelectorAll("span")].map((span) => span.firstChild!)[0]!;
    const text = node.textContent ?? "";
    const start = text.indexOf("Subscribe now");
    const end = text.indexOf("site.") + "site.".length;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.getByRole("button", { name: "Remove the selection" }).click();
  await expect(preview).not.toContainText("Subscribe now");
  await page.getByRole("button", { name: "Add source" }).click();

  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const id = page.url().split("/").at(-1)!.split("?")[0]!;
  created.push(id);
  const stored = await (await page.request.get(`/api/v1/sources/${id}`)).json();
  expect(stored.text).toContain("26 people were killed");
  expect(stored.text).not.toContain("Subscribe now");
  const download = page.getByRole("link", { name: "Download the original" });
  await expect(download).toBeVisible();
  const original = await page.request.get((await download.getAttribute("href"))!);
  expect(original.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(await original.text()).toBe(PAGE);

  // And on to a recorded claim without pasting anything: the suggested figure, on the question
  // the suggestion matched (the source, and so this claim, go to the trash after the test).
  await page.getByRole("button", { name: "Find figures" }).click();
  await page.getByRole("button", { name: /^Record “26/ }).click();
  const panel = page.getByRole("dialog", { name: "Record a claim" });
  await expect(panel.getByLabel("Passage")).toHaveValue(/26 people were killed/);
  await expect(panel.getByLabel("Stated wording")).toHaveValue("26 people");
  await panel.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim recorded" })).toBeVisible();
});

test("a refused address is a message in the form, and the address stays", async ({ page }) => {
  await page.goto("/sources/new?from=address");
  const field = page.getByLabel("Web address of the article");
  await field.fill("http://10.0.0.1/article");
  await page.getByRole("button", { name: "Fetch the page" }).click();
  await expect(page.locator("#field-address-error")).toContainText(/private|not allowed|refused/i);
  await expect(field).toHaveValue("http://10.0.0.1/article");
});

test("correcting a text lists the passage it could not place", async ({ page, request }) => {
  const text = `Report ${marker}\n\nOfficials said 32 people died in all, including six Azerbaijanis.\n\nOther news.`;
  const source = await request.post("/api/v1/sources", {
    data: { title: `Correct ${marker}`, text },
  });
  const id = (await source.json()).id;
  created.push(id);
  const claim = await request.post("/api/v1/claims", {
    data: {
      sourceId: id,
      question: { subject: `Correction ${marker}`, measure: "people killed", kind: "count" },
      quote: { exact: "32 people died in all" },
      stated: "32 people",
    },
  });
  expect(claim.status()).toBe(201);

  await page.goto(`/sources/${id}`);
  await page.getByRole("link", { name: "Edit text" }).click();
  await page.getByLabel("Text").fill(text.replace("32 people", "34 people"));
  await page.getByRole("button", { name: "Save as a new version" }).click();

  const review = page.getByRole("region", { name: /Passages to review/ });
  await expect(review).toContainText("Orphaned");
  await expect(review).toContainText("32 people died in all");
  await expect(page.getByRole("link", { name: "Text versions (2)" })).toBeVisible();
  await review.getByRole("button", { name: "Confirm as orphaned" }).click();
  await expect(page.getByRole("region", { name: /Passages to review/ })).toHaveCount(0);
});

// Through the production server, not the route module: the bundled re-anchoring must run.
test("a corrected text sent to the API re-anchors a passage that moved", async ({ request }) => {
  const text = `Bulletin ${marker}\n\nThe ministry said 12 people were hurt.\n\nNo more news.`;
  const source = await request.post("/api/v1/sources", {
    data: { title: `Moved ${marker}`, text },
  });
  const { id, version } = (await source.json()) as { id: string; version: number };
  created.push(id);
  const claim = await request.post("/api/v1/claims", {
    data: {
      sourceId: id,
      question: { subject: `Moved ${marker}`, measure: "people hurt", kind: "count" },
      quote: { exact: "12 people were hurt" },
      stated: "12 people",
    },
  });
  expect(claim.status()).toBe(201);
  const corrected = text.replace("Bulletin", "Morning bulletin, corrected");
  const response = await request.put(`/api/v1/sources/${id}/text`, {
    data: { text: corrected, version },
  });
  expect(response.status()).toBe(200);
  const passage = (await (await request.get(`/api/v1/claims/${(await claim.json()).id}`)).json())
    .passages[0] as { start: number; end: number; exact: string };
  expect(corrected.slice(passage.start, passage.end)).toBe("12 people were hurt");
});
