import { describe, expect, test } from "vitest";
import { hostPolicy } from "./allowed-hosts";
import { isCrossOrigin, refusalFor } from "./request-guard";

const hosts = hostPolicy({ host: "127.0.0.1" });

function request(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Request(`http://127.0.0.1:3000${path}`, {
    method: init.method ?? "GET",
    headers: { host: "127.0.0.1:3000", ...init.headers },
    body: init.body,
  });
}

describe("refusalFor", () => {
  test("lets an ordinary page view and a same-origin write through", async () => {
    expect(await refusalFor(request("/sources"), hosts)).toBeNull();
    const write = request("/api/v1/sources", {
      method: "POST",
      headers: { origin: "http://127.0.0.1:3000", "content-type": "application/json" },
      body: "{}",
    });
    expect(await refusalFor(write, hosts)).toBeNull();
  });

  test("refuses a foreign Host first, with 421 and the name of the setting", async () => {
    const refusal = await refusalFor(request("/", { headers: { host: "evil.example" } }), hosts);
    expect(refusal).toMatchObject({ status: 421, code: "unknown_host" });
    expect(refusal?.message).toContain("CROSSCHECK_ALLOWED_HOSTS");
  });

  test("refuses an address with a broken %-escape", async () => {
    expect(await refusalFor(request("/sources/%E0%A4%A"), hosts)).toMatchObject({
      status: 400,
      code: "bad_address",
    });
  });

  test.each(["POST", "PUT", "PATCH", "DELETE"])(
    "refuses a cross-site %s with 403",
    async (method) => {
      const refusal = await refusalFor(
        request("/api/v1/sources/x", {
          method,
          headers: { origin: "http://evil.example" },
          body: "{}",
        }),
        hosts,
      );
      expect(refusal).toMatchObject({ status: 403, code: "cross_origin" });
    },
  );

  test("reads no cross-site GET as a write", async () => {
    const view = request("/sources", { headers: { origin: "http://evil.example" } });
    expect(await refusalFor(view, hosts)).toBeNull();
  });

  test("checks a server action's body", async () => {
    const action = request("/sources/new", {
      method: "POST",
      headers: { "next-action": "60ba60", "content-type": "text/plain;charset=UTF-8" },
      body: "garbage{{",
    });
    expect(await refusalFor(action, hosts)).toMatchObject({
      status: 400,
      code: "malformed_action",
    });
  });
});

describe("isCrossOrigin", () => {
  test.each([
    [{ host: "127.0.0.1:3000" }, false],
    [{ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }, false],
    [{ host: "127.0.0.1:3000", origin: "http://localhost:3000" }, true],
    [{ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" }, true],
    [{ host: "127.0.0.1:3000", origin: "null" }, true],
    [{ host: "127.0.0.1:3000", origin: "not a url" }, true],
    [
      {
        host: "internal:3000",
        "x-forwarded-host": "check.example.org",
        origin: "https://check.example.org",
      },
      false,
    ],
    [
      {
        host: "internal:3000",
        "x-forwarded-host": "a.example, b.example",
        origin: "https://b.example",
      },
      true,
    ],
  ])("%j → %s", (headers, expected) => {
    expect(isCrossOrigin(new Headers(headers))).toBe(expected);
  });
});
