import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext } from "@playwright/test";
import { expect, test, sourcesTrashedAfterEach } from "./fixtures";

// Citing a claim and embedding a comparison, as a reader of the public site does (no sign-in).

const created = sourcesTrashedAfterEach();

/** A source with two claims on one question of a subject no other test uses. */
async function questionWithClaims(request: APIRequestContext) {
  const tag = crypto.randomUUID().slice(0, 8);
  const source = await request.post("/api/v1/sources", {
    data: {
      title: `Export test ${tag}`,
      publisher: "Example News",
      published: "2020-02",
      kind: "news_article",
      text: `Officials counted 26 dead.\n\nWitnesses spoke of hundreds of dead. [${tag}]`,
    },
  });
  expect(source.status()).toBe(201);
  const { id: sourceId } = await source.json();
  created.push(sourceId);
  const question = { subject: `Export subject ${tag}`, measure: "killed", kind: "count" };
  const claims = [];
  for (const exact of ["counted 26 dead", "hundreds of dead"]) {
    const response = await request.post("/api/v1/claims", {
      data: { sourceId, question, quote: { exact } },
    });
    expect(response.status()).toBe(201);
    claims.push(await response.json());
  }
  return { sourceId, questionId: claims[0].questionId as string, claims };
}

test("a citation copied from a claim's page pastes as the quote, the citation and the reference", async ({
  page,
  context,
  request,
  baseURL,
}) => {
  // The first citation in a style builds its CSL engine: seconds, more on a busy machine.
  test.setTimeout(180_000);
  const { claims, sourceId } = await questionWithClaims(request);
  const claim = claims[1];
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(`/claims/${claim.id}`);
  await page.getByText("Cite", { exact: true }).click();
  const citation = page.getByTestId("citation-text");
  // APA 7: the publisher stands in for a missing author; "para. 2" as the reader counts.
  await expect(citation).toContainText("(“Export Test", { timeout: 120_000 });
  await expect(citation).toContainText("2020, para. 2)");
  await page.getByRole("button", { name: "Copy citation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Citation copied." })).toBeVisible();

  // Paste with the keyboard into a plain text box, as a writer would into an article.
  await page.evaluate(() => {
    const box = document.createElement("textarea");
    box.id = "pasted";
    document.body.append(box);
    box.focus();
  });
  await page.keyboard.press("ControlOrMeta+V");
  const pasted = await page.locator("#pasted").inputValue();
  expect(pasted).toMatch(/^“hundreds of dead” \(“Export Test [^”]+,” 2020, para\. 2\)\n/);
  expect(pasted).toContain("(2020, February). Example News.");

  // "Copy link" gives the passage's place in the reader.
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/sources/${sourceId}#passage-\\w+$`));
  await page.goto(link);
  await expect(page.locator(":target")).toContainText("hundreds of dead");
});

test("the comparison page cites every claim and describes them as schema.org JSON-LD", async ({
  page,
  request,
}) => {
  const { questionId, claims } = await questionWithClaims(request);
  await page.goto(`/questions/${questionId}`);
  await expect(page.getByText("Cite", { exact: true })).toHaveCount(claims.length);
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "null",
  );
  expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "WebPage" });
  expect(data.hasPart.map((part: { "@type": string }) => part["@type"])).toEqual([
    "Claim",
    "Claim",
  ]);
  expect(data.hasPart[0].appearance).toMatchObject({ "@type": "NewsArticle" });
});

test("the embed page shows inside an iframe on another site; the chart is an SVG image", async ({
  page,
  request,
  baseURL,
}) => {
  const { questionId } = await questionWithClaims(request);
  const embed = `${baseURL}/embed/questions/${questionId}`;
  // A news site on another origin (localhost and another port, where the app is 127.0.0.1).
  const site = await serve(
    `<!doctype html><title>News</title><h1>An article</h1><iframe src="${embed}" width="700" height="520" style="border:0"></iframe>`,
  );
  try {
    const framed = page.waitForResponse((r) => r.url() === embed);
    await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
    const answer = await framed;
    expect(answer.headers()["x-frame-options"]).toBeUndefined();
    expect(answer.headers()["content-security-policy"]).toContain("frame-ancestors *");
    const frame = page.frameLocator("iframe");
    const { verdict } = await (await request.get(`/api/v1/questions/${questionId}`)).json();
    await expect(frame.getByTestId("verdict-summary")).toHaveText(verdict.summary);
    await expect(frame.locator("svg a")).toHaveCount(2);
    await expect(frame.getByRole("link", { name: /Every claim with its passage/ })).toHaveAttribute(
      "target",
      "_blank",
    );
    // No navigation of the site inside the frame.
    await expect(frame.getByRole("navigation")).toHaveCount(0);
  } finally {
    site.close();
  }
  const svg = await request.get(`/embed/questions/${questionId}/chart.svg`);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // The rest of the app still refuses to be framed.
  const other = await request.get(`/questions/${questionId}`);
  expect(other.headers()["x-frame-options"]).toBe("DENY");
});

async function serve(html: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}
