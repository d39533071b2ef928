import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { proxy } from "./proxy";

// proxy.ts as Next.js calls it: a NextRequest in, a Response (refusal) or a pass-through out.
function call(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const request = new NextRequest(`http://127.0.0.1:3000${path}`, {
    method: init.method ?? "GET",
    headers: { host: "127.0.0.1:3000", ...init.headers },
    body: init.body,
  });
  return proxy(request);
}

describe("proxy", () => {
  test("passes a page on with its CSP, and hands Next the same nonce for the page's scripts", async () => {
    const response = await call("/sources/abc/delete");
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  test("gives every response a new nonce", async () => {
    const first = (await call("/")).headers.get("content-security-policy");
    const second = (await call("/")).headers.get("content-security-policy");
    expect(first).not.toBe(second);
  });

  test("refuses a foreign Host with 421 in the API's shape, with the security headers", async () => {
    const response = await call("/api/v1/sources", { headers: { host: "evil.example" } });
    expect(response.status).toBe(421);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.json()).toMatchObject({ error: { code: "unknown_host" } });
  });

  test("refuses a cross-site form post with a page that says why", async () => {
    const response = await call("/sources/new", {
      method: "POST",
      headers: { origin: "http://evil.example", "content-type": "multipart/form-data; boundary=B" },
      body: "--B--\r\n",
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("another site");
  });

  test("refuses a garbage server action body in plain text for the page's script", async () => {
    const response = await call("/sources/new", {
      method: "POST",
      headers: { "next-action": "60ba60", "content-type": "text/plain;charset=UTF-8" },
      body: "garbage{{",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toContain("could not be read");
  });
});
