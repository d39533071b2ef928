import { describe, expect, test } from "vitest";
import { MAX_VERSION, VersionField } from "./version-field";

describe("VersionField", () => {
  test.each([
    [1, true],
    ["7", true],
    [MAX_VERSION, true],
    [MAX_VERSION + 1, false],
    [1e15, false],
    [0, false],
    [1.5, false],
    ["1234567890", false],
  ])("%j accepted: %s", (value, accepted) => {
    expect(VersionField.safeParse(value).success).toBe(accepted);
  });
});
