import { describe, expect, test } from "vitest";
import { requestOrigins } from "./request-origins";

describe("requestOrigins", () => {
  test.each([
    [{ host: "127.0.0.1:3000" }, ["http://127.0.0.1:3000", "https://127.0.0.1:3000"]],
    [
      { host: "127.0.0.1:3000", "x-forwarded-host": "check.example.org, other.example" },
      [
        "http://127.0.0.1:3000",
        "https://127.0.0.1:3000",
        "http://check.example.org",
        "https://check.example.org",
      ],
    ],
    [{ host: "[::1]:3000" }, ["http://[::1]:3000", "https://[::1]:3000"]],
    // Nothing that could smuggle another origin in.
    [{ host: "evil.example/@x" }, []],
    [{}, []],
  ])("%j", (headers, expected) => {
    const request = new Request("http://localhost:3000/api/auth/sign-out", { headers });
    expect(requestOrigins(request)).toEqual(["http://localhost:3000", ...expected]);
  });
});
