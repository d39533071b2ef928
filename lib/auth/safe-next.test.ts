import { describe, expect, test } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  test.each([
    ["/claims/abc", "/claims/abc"],
    ["/questions?verdict=diverge", "/questions?verdict=diverge"],
    ["/", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/\\/evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/a b", "/"],
    ["", "/"],
    [undefined, "/"],
    [["/claims"], "/"],
  ])("%j → %s", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
