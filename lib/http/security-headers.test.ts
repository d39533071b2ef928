import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, newNonce, pathKind, securityHeaders } from "./security-headers";

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

describe("newNonce", () => {
  test("is 128 bits of base64 and differs every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("contentSecurityPolicy", () => {
  const production = directives(contentSecurityPolicy({ nonce: "N", dev: false, framable: false }));

  test.each([
    ["script-src", "'self' 'nonce-N' 'strict-dynamic'"],
    ["style-src", "'self' 'nonce-N'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["default-src", "'self'"],
  ])("in production, %s is %s", (name, value) => {
    expect(production.get(name)).toBe(value);
  });

  test("nothing unsafe runs in production", () => {
    expect(production.get("script-src")).not.toMatch(/unsafe/);
  });

  test("development allows eval and inline styles for Next's dev tools", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "N", dev: true, framable: false }));
    expect(dev.get("script-src")).toBe("'self' 'nonce-N' 'strict-dynamic' 'unsafe-eval'");
    expect(dev.get("style-src")).toBe("'self' 'unsafe-inline'");
  });

  test("a framable page may be framed by any site", () => {
    const embed = directives(contentSecurityPolicy({ nonce: "N", dev: false, framable: true }));
    expect(embed.get("frame-ancestors")).toBe("*");
  });
});

describe("pathKind", () => {
  test.each([
    ["/", "page"],
    ["/sources/new", "page"],
    ["/apis", "page"],
    ["/api", "page"],
    ["/api/v1/sources", "api"],
    ["/_next/static/chunks/a.js", "asset"],
    ["/favicon.ico", "asset"],
    ["/icon.svg", "asset"],
    ["/sources/icon.svg", "page"],
  ])("%s is %s", (path, kind) => {
    expect(pathKind(path)).toBe(kind);
  });
});

describe("securityHeaders", () => {
  const options = { nonce: "N", dev: false };

  test("a page gets its CSP, no framing, nosniff and the referrer policy", () => {
    const headers = securityHeaders("/sources/abc/delete", options);
    expect(headers["Content-Security-Policy"]).toContain("'nonce-N'");
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["Cache-Control"]).toBe("no-store");
  });

  test("an API answer is never cached or framed, and runs nothing", () => {
    const headers = securityHeaders("/api/v1/sources", options);
    expect(headers["Cache-Control"]).toBe("no-store");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Content-Security-Policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'; sandbox",
    );
  });

  test("a page under /embed/ may be framed, keeping the rest of its policy", () => {
    const headers = securityHeaders("/embed/questions/q1", options);
    expect(headers["X-Frame-Options"]).toBeUndefined();
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(headers["Content-Security-Policy"]).toContain("'strict-dynamic'");
  });

  test.each(["/embedded", "/sources/embed/x", "/embed"])("%s is not framable", (path) => {
    expect(securityHeaders(path, options)["X-Frame-Options"]).toBe("DENY");
  });

  test("Next's static files keep their own caching and get only nosniff and the referrer policy", () => {
    expect(securityHeaders("/_next/static/chunks/a.js", options)).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    });
  });
});
