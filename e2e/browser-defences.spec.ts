import { createServer, type Server } from "node:http";
import { readdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, relative, sep } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { ADMIN_STATE, expect, test, sourcesTrashedAfterEach } from "./fixtures";

// What a hostile page on another site can and cannot do with Crosscheck open in the same browser.

// The victim is an admin, signed in: the one who could delete.
test.use({ storageState: ADMIN_STATE });

const created = sourcesTrashedAfterEach();

test("a page on another site cannot frame the delete page and click its button", async ({
  page,
  request,
  baseURL,
  browser,
}) => {
  const response = await request.post("/api/v1/sources", {
    data: { title: "Framed", text: `Framed ${crypto.randomUUID()}` },
  });
  const { id } = await response.json();
  created.push(id);
  const target = `${baseURL}/sources/${id}/delete`;

  // Where the button is when the page is shown on its own, at the iframe's size.
  const own = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await own.goto(target);
  const button = await own.getByRole("button", { name: "Delete source" }).boundingBox();
  await own.close();
  expect(button).not.toBeNull();

  // The attacker's page: another origin (localhost, another port) framing the delete page.
  const attacker = await serve(
    `<!doctype html><title>Win a prize</title><iframe src="${target}" width="800" height="600" style="border:0"></iframe>`,
  );
  try {
    const framed = page.waitForResponse((r) => r.url() === target);
    await page.goto(`http://localhost:${port(attacker)}/`);
    const answer = await framed;
    expect(answer.headers()["x-frame-options"]).toBe("DENY");
    expect(answer.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await page.waitForLoadState("load");

    // The browser shows nothing of the page in the frame, so there is nothing to click.
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("button", { name: "Delete source" })).toHaveCount(0);
    await expect(frame.getByRole("heading", { name: "Delete this source?" })).toHaveCount(0);
    const box = (await page.locator("iframe").boundingBox())!;
    await page.mouse.click(box.x + button!.x + 10, box.y + button!.y + 10);
    await page.waitForTimeout(500);
  } finally {
    attacker.close();
  }
  expect((await request.get(`/api/v1/sources/${id}`)).status()).toBe(200);
});

test("every page of the app carries a strict CSP, and its scripts still run", async ({
  page,
  request,
}) => {
  // One visit per page of the app: more than the default timeout allows on a busy machine.
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const paths = await appPages(request);
  expect(paths.length).toBeGreaterThanOrEqual(12);
  for (const path of paths) {
    const response = (await page.goto(path))!;
    expect(response.status(), path).toBe(path.includes("does-not-exist") ? 404 : 200);
    expectStrictPolicy(response, path);
    // Next's client sets window.next once its scripts ran: the nonce let them in.
    await page.waitForFunction(() => "next" in window, undefined, { timeout: 10_000 });
  }
  expect(violations).toEqual([]);
});

test("the API is never cached and a foreign Host name is refused", async ({ request }) => {
  const list = await request.get("/api/v1/sources");
  expect(list.headers()["cache-control"]).toBe("no-store");
  expect(list.headers()["x-content-type-options"]).toBe("nosniff");

  expect(list.headers()["content-security-policy"]).toContain("sandbox");

  const rebound = await request.get("/api/v1/sources", { headers: { host: "evil.example" } });
  expect(rebound.status()).toBe(421);
  expect(await rebound.json()).toMatchObject({ error: { code: "unknown_host" } });
  const foreign = await request.post("/api/v1/sources", {
    headers: { origin: "http://evil.example" },
    data: {},
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toMatchObject({ error: { code: "cross_origin" } });
});

// The API's checks run in the app's own server, which marks what it checked so that proxy.ts
// skips it: a page request carrying the mark still goes through proxy.ts.
test("a page request cannot skip proxy.ts by naming the API's mark", async ({ request }) => {
  const response = await request.get("/sources", {
    headers: { "x-crosscheck-api-checked": "1" },
  });
  expect(response.status()).toBe(200);
  expectStrictPolicy(response, "/sources");
});

test("a refused save shows its reason in the form, and what was typed stays", async ({ page }) => {
  await page.goto("/sources/new");
  // The page's own request, cut short on the way, as a broken connection or proxy might.
  await page.route("**/sources/new", (route) =>
    route.request().method() === "POST"
      ? route.continue({ postData: route.request().postData()?.slice(0, 40) })
      : route.continue(),
  );
  await page.getByLabel("Title").fill("Refused");
  await page.getByLabel("Text").fill("A text that must survive the refusal.");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator("form [role=alert]").first()).toContainText("could not be read");
  await expect(page.getByLabel("Text")).toHaveValue("A text that must survive the refusal.");
  await expect(page).toHaveURL(/\/sources\/new$/);
});

test("a form too large to send is stopped before sending", async ({ page }) => {
  await page.goto("/sources/new");
  await page.getByLabel("Title").fill("Too large");
  // Each field within its own limit (the text under 5 MB), together over 6 MB.
  const fill = (label: string, text: string) =>
    page.getByLabel(label).evaluate((box, value) => {
      (box as HTMLTextAreaElement).value = value;
    }, text);
  await fill("Text", "a".repeat(4_900_000));
  await fill("Authors", "b".repeat(1_500_000));
  let sent = false;
  page.on("request", (r) => {
    if (r.method() === "POST") sent = true;
  });
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator("form [role=alert]").first()).toContainText("larger than 6 MB");
  expect(sent).toBe(false);
});

function expectStrictPolicy(response: { headers(): Record<string, string> }, path: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp, path).toContain("object-src 'none'");
  expect(csp, path).toContain("base-uri 'self'");
  expect(csp, path).toContain("form-action 'self'");
  // Embeds are the one exception: any site may frame them (e2e/exports.spec.ts).
  expect(csp, path).toContain(
    path.startsWith("/embed/") ? "frame-ancestors *" : "frame-ancestors 'none'",
  );
  expect(csp, path).not.toContain("unsafe-eval");
  expect(headers["x-frame-options"], path).toBe(path.startsWith("/embed/") ? undefined : "DENY");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("same-origin");
  expect(headers["cache-control"], path).toContain("no-store");
}

// Every page.tsx under app/, with its [id] filled by a record of the sample corpus, and an
// address that exists nowhere. A page added later is checked without changing this test.
async function appPages(request: APIRequestContext): Promise<string[]> {
  const ids = await sampleIds(request);
  const routes = pageFiles(join(process.cwd(), "app")).map((file) =>
    `/${relative(join(process.cwd(), "app"), file).split(sep).slice(0, -1).join("/")}`.replace(
      /\/$/,
      "",
    ),
  );
  const paths = routes.map((route) =>
    (route || "/")
      .replace(/\/(\w+)\/\[id\]/g, (_match, folder: string) => {
        const id = ids[folder];
        if (!id)
          throw new Error(`No sample id for ${route}: add one for "${folder}" to this test.`);
        return `/${folder}/${id}`;
      })
      .replace("/versions/[n]", "/versions/1"),
  );
  return [...paths, "/sources/does-not-exist"];
}

function pageFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pageFiles(path);
    return entry.name === "page.tsx" ? [path] : [];
  });
}

async function sampleIds(request: APIRequestContext): Promise<Record<string, string>> {
  const sources = await (await request.get("/api/v1/sources?pageSize=1")).json();
  const subjects = await (await request.get("/api/v1/subjects")).json();
  const questions = await (await request.get("/api/v1/questions")).json();
  const question = questions.items.find((item: { claimCount: number }) => item.claimCount > 0);
  const comparison = await (await request.get(`/api/v1/questions/${question.id}`)).json();
  return {
    sources: sources.items[0].id,
    subjects: subjects.items[0].id,
    questions: question.id,
    claims: comparison.claims[0].id,
  };
}

async function serve(html: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

function port(server: Server): number {
  return (server.address() as AddressInfo).port;
}
