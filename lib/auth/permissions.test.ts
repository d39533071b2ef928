import { describe, expect, test } from "vitest";
import { allows, parseRole } from "./permissions";

describe("allows", () => {
  test.each([
    [null, "read", false, true],
    [null, "read", true, false],
    ["reader", "read", true, true],
    [null, "write", false, false],
    ["reader", "write", false, false],
    ["editor", "write", false, true],
    ["admin", "write", false, true],
    ["editor", "trash", false, false],
    ["admin", "trash", false, true],
    ["editor", "restore", false, false],
    ["admin", "purge", false, true],
    ["editor", "manageUsers", false, false],
    ["admin", "manageUsers", false, true],
  ] as const)("%s may %s (private: %s) → %s", (role, permission, isPrivate, expected) => {
    expect(allows(role, permission, { isPrivate })).toBe(expected);
  });

  test("only the three roles are roles", () => {
    expect(["reader", "editor", "admin", "user", "", null, 1].map(parseRole)).toEqual([
      "reader",
      "editor",
      "admin",
      null,
      null,
      null,
      null,
    ]);
  });
});
