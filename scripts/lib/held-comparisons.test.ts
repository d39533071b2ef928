import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { hostPolicy } from "@/lib/http/allowed-hosts";
import { PRIMARY_READS_HEADER } from "@/lib/http/primary-reads";
import { newNonce } from "@/lib/http/security-headers";
import { rawGet, type RawAnswer } from "@/lib/testing/raw-get";
import { guardApi } from "./app-server";
import { HELD_HEADER, heldComparisons } from "./held-comparisons";
import { encodeResponses } from "./response-encoding";

// A real Node server around a stand-in for the app: proxy.ts's CSP with a fresh nonce, then a
// page that names that nonce in its scripts and shows the "data" of its question (a counter the
// tests change along with the question's fingerprint). It records what each render saw.
const data = new Map<string, number>();
const fingerprints = new Map<string, string | null>();
let renders: { url: string; primaryReads: string | undefined }[] = [];
let fingerprintFails = false;

const fingerprint = async (id: string) => {
  if (fingerprintFails) throw new Error("the database is away");
  return fingerprints.get(id) ?? null;
};

function render(request: IncomingMessage, response: ServerResponse) {
  const url = request.url ?? "/";
  const id = url.split("/").pop()!.split("?")[0]!;
  renders.push({ url, primaryReads: request.headers[PRIMARY_READS_HEADER] as string | undefined });
  if (url.startsWith("/api/")) {
    // As the comparison API answers: JSON, with the question's version as its ETag.
    response.setHeader("content-type", "application/json");
    response.setHeader("etag", `"${data.get(id) ?? 0}"`);
    if (id === "cookie") response.setHeader("set-cookie", "seen=1");
    response.flushHeaders();
    response.write(JSON.stringify({ id, shows: data.get(id) ?? 0, filler: "x".repeat(2000) }));
    response.end();
    return;
  }
  const nonce = newNonce();
  response.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
  response.setHeader("link", `</style.css>; rel=preload; nonce="${nonce}"`);
  response.setHeader("content-type", "text/html; charset=utf-8");
  if (id === "gone") response.statusCode = 404;
  if (id === "cookie") response.setHeader("set-cookie", "seen=1");
  // Its data changes while it renders.
  if (id === "racing") fingerprints.set(id, `${fingerprints.get(id)}+`);
  response.flushHeaders();
  response.write(`<html><script nonce="${nonce}">start()</script>`);
  response.write(`<p>${id} shows ${data.get(id) ?? 0} — é</p>`);
  if (id === "failing") response.write('<template data-dgst="123"></template>');
  response.end(`<script nonce="${nonce}">more()</script>${"<p>filler</p>".repeat(200)}</html>`);
}

const hosts = hostPolicy({ host: "127.0.0.1", allowedHosts: ["127.0.0.1", "news.example"] });
const comparisons = heldComparisons({ hosts, fingerprint });
// As scripts/serve.ts puts them together: the API's checks, then the held comparisons, then the
// compression (API answers held whole), then the app.
const server = createServer(
  guardApi(
    comparisons.lookup(
      encodeResponses(comparisons.fill(render), (request) => request.url!.startsWith("/api/")),
    ),
    hosts,
  ),
);
let port: number;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  renders = [];
  fingerprintFails = false;
});

type Answer = RawAnswer & { text: string };

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const answer = await rawGet(port, path, headers, method);
  return { ...answer, text: answer.raw.toString() } as Answer;
}

// The fill is kept once the fingerprint has been read again after the response ended.
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

function nonceOf(answer: Answer): string {
  const nonce = /'nonce-([^']+)'/.exec(String(answer.headers["content-security-policy"]))?.[1];
  expect(nonce).toBeTruthy();
  return nonce!;
}

async function held(id: string) {
  fingerprints.set(id, `${id}-1`);
  const first = await get(`/questions/${id}`);
  await settled();
  return first;
}

describe("a comparison page for an anonymous reader", () => {
  test("is rendered once on the primary, then served again with a fresh nonce everywhere", async () => {
    const first = await held("q1");
    expect(first.headers[HELD_HEADER]).toBe("miss");
    expect(renders).toEqual([{ url: "/questions/q1", primaryReads: "1" }]);

    const again = await get("/questions/q1", { "accept-encoding": "identity" });
    expect(again.headers[HELD_HEADER]).toBe("hit");
    expect(renders).toHaveLength(1);
    const [before, after] = [nonceOf(first), nonceOf(again)];
    expect(after).not.toBe(before);
    expect(again.text).toBe(first.text.replaceAll(before, after));
    expect(again.text).toContain(`<script nonce="${after}">more()</script>`);
    expect(again.headers.link).toBe(`</style.css>; rel=preload; nonce="${after}"`);
    expect(again.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(Number(again.headers["content-length"])).toBe(Buffer.byteLength(again.text));
    expect(again.text).toContain("q1 shows 0 — é");
  });

  test("is rendered again once its fingerprint changes, and that render is held", async () => {
    await held("q2");
    data.set("q2", 7);
    fingerprints.set("q2", "q2-2");
    const changed = await get("/questions/q2");
    expect(changed.headers[HELD_HEADER]).toBe("miss");
    expect(changed.text).toContain("q2 shows 7");
    await settled();
    const again = await get("/questions/q2");
    expect(again.headers[HELD_HEADER]).toBe("hit");
    expect(again.text).toContain("q2 shows 7");
    expect(renders).toHaveLength(2);
  });

  test("is not held when its data changed while it rendered", async () => {
    await held("racing");
    const next = await get("/questions/racing");
    expect(next.headers[HELD_HEADER]).toBe("miss");
    expect(renders).toHaveLength(2);
  });

  test("is not held when it failed in part, set a cookie, or was not found", async () => {
    for (const id of ["failing", "cookie", "gone"]) {
      await held(id);
      expect((await get(`/questions/${id}`)).headers[HELD_HEADER]).toBe("miss");
    }
    expect(renders).toHaveLength(6);
  });

  test("is rendered, and not held, for a question without a fingerprint", async () => {
    fingerprints.set("none", null);
    await get("/questions/none");
    const again = await get("/questions/none");
    expect(again.headers[HELD_HEADER]).toBeUndefined();
    expect(renders.map((render) => render.primaryReads)).toEqual([undefined, undefined]);
  });

  test("is rendered when the fingerprint cannot be read", async () => {
    await held("q3");
    fingerprintFails = true;
    const answer = await get("/questions/q3");
    expect(answer.status).toBe(200);
    expect(answer.headers[HELD_HEADER]).toBeUndefined();
    expect(renders).toHaveLength(2);
  });

  test("is rendered afresh when the reader asks for it (no-cache)", async () => {
    await held("q4");
    const answer = await get("/questions/q4", { "cache-control": "no-cache" });
    expect(answer.headers[HELD_HEADER]).toBe("miss");
    expect(renders).toHaveLength(2);
  });

  test("is held apart for each address it was reached at", async () => {
    await held("q5");
    const elsewhere = await get("/questions/q5", { host: "news.example" });
    expect(elsewhere.headers[HELD_HEADER]).toBe("miss");
    expect(renders).toHaveLength(2);
  });
});

describe("a comparison API answer for an anonymous reader", () => {
  const api = (id: string) => `/api/v1/questions/${id}`;

  test("is made once on the primary, then sent again as it was, with its ETag", async () => {
    fingerprints.set("a1", "a1-1");
    const first = await get(api("a1"), { "accept-encoding": "identity" });
    expect(first.headers[HELD_HEADER]).toBe("miss");
    await settled();
    const again = await get(api("a1"), { "accept-encoding": "identity" });
    expect(again.headers[HELD_HEADER]).toBe("hit");
    expect(again.text).toBe(first.text);
    expect(again.headers.etag).toBe('"0"');
    expect(again.headers["content-type"]).toBe("application/json");
    // The API's own headers, which guardApi sets on every answer.
    expect(again.headers["cache-control"]).toBe("no-store");
    expect(again.headers["x-content-type-options"]).toBe("nosniff");
    expect(renders).toEqual([{ url: api("a1"), primaryReads: "1" }]);
  });

  test("is made again once its fingerprint changes", async () => {
    fingerprints.set("a2", "a2-1");
    await get(api("a2"));
    await settled();
    data.set("a2", 3);
    fingerprints.set("a2", "a2-2");
    const changed = await get(api("a2"));
    expect(changed.headers[HELD_HEADER]).toBe("miss");
    expect(JSON.parse(changed.text)).toMatchObject({ shows: 3 });
    expect(changed.headers.etag).toBe('"3"');
  });

  test("is made every time for a token, and never for a Host the app does not answer", async () => {
    fingerprints.set("a3", "a3-1");
    await get(api("a3"));
    await settled();
    renders = [];
    const token = await get(api("a3"), { authorization: "Bearer abc" });
    expect(token.headers[HELD_HEADER]).toBeUndefined();
    expect(renders).toEqual([{ url: api("a3"), primaryReads: undefined }]);
    const rebound = await get(api("a3"), { host: "evil.example" });
    expect(rebound.status).toBe(421);
    expect(renders).toHaveLength(1);
  });

  test("is not held when it set a cookie", async () => {
    fingerprints.set("cookie", "cookie-1");
    await get(api("cookie"));
    await settled();
    expect((await get(api("cookie"))).headers[HELD_HEADER]).toBe("miss");
  });
});

describe("requests that are always rendered", () => {
  test.each([
    ["a signed-in reader", "/questions/q6", { cookie: "theme=dark; crosscheck.session_token=abc" }],
    ["a token", "/questions/q6", { authorization: "Bearer abc" }],
    ["a client-side navigation", "/questions/q6", { rsc: "1" }],
    ["a server action", "/questions/q6", { "next-action": "abc" }],
    ["a query string", "/questions/q6?deleted=1", {}],
    ["a host the app does not answer", "/questions/q6", { host: "evil.example" }],
    ["another page", "/questions/q6/history", {}],
    ["an id that names nothing", "/questions/a%20b", {}],
  ])("%s", async (_name, path, headers) => {
    await held("q6");
    renders = [];
    for (let i = 0; i < 2; i++) {
      const answer = await get(path, { ...headers, [PRIMARY_READS_HEADER]: "1" });
      expect(answer.headers[HELD_HEADER]).toBeUndefined();
    }
    // Rendered each time, and a client cannot ask for the primary's rows.
    expect(renders).toEqual([
      { url: path, primaryReads: undefined },
      { url: path, primaryReads: undefined },
    ]);
  });

  test("HEAD", async () => {
    await held("q7");
    renders = [];
    await get("/questions/q7", {}, "HEAD");
    expect(renders).toHaveLength(1);
  });
});
