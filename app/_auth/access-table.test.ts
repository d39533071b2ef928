import { describe, expect, test } from "vitest";
import { CALLERS, expectedOutcome, type Access } from "./access-table";

describe("expectedOutcome", () => {
  // Rows: access; columns: anonymous, reader, editor, admin, revoked.
  test.each([
    ["open", false, ["allowed", "allowed", "allowed", "allowed", "allowed"]],
    ["open", true, ["allowed", "allowed", "allowed", "allowed", "allowed"]],
    ["read", false, ["allowed", "allowed", "allowed", "allowed", 401]],
    ["read", true, [401, "allowed", "allowed", "allowed", 401]],
    ["signed-in", false, [401, "allowed", "allowed", "allowed", 401]],
    ["editor", false, [401, 403, "allowed", "allowed", 401]],
    ["editor", true, [401, 403, "allowed", "allowed", 401]],
    ["admin", false, [401, 403, 403, "allowed", 401]],
  ] as const)("%s (private: %s)", (access, isPrivate, expected) => {
    expect(CALLERS.map((caller) => expectedOutcome(access as Access, caller, isPrivate))).toEqual(
      expected,
    );
  });
});
