import { describe, expect, it } from "vitest";
import { suggestionKey, type KeyParts } from "./suggestion-key";

const BASE: KeyParts = {
  kind: "quantity",
  wording: "26",
  sentence: "According to official data, 26 citizens were killed.",
  within: 0,
  occurrence: 0,
};

describe("suggestionKey", () => {
  it("is the same for the same parts, and 16 hex digits", () => {
    expect(suggestionKey(BASE)).toBe(suggestionKey({ ...BASE }));
    expect(suggestionKey(BASE)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("ignores spacing, case and curly quotes in the sentence", () => {
    const respaced = {
      ...BASE,
      sentence: "according  to official data,\n26 citizens were killed.",
    };
    expect(suggestionKey(respaced)).toBe(suggestionKey(BASE));
  });

  it.each([
    ["another kind", { kind: "date" as const }],
    ["another wording", { wording: "26 citizens" }],
    ["another sentence", { sentence: "According to official data, 26 citizens were injured." }],
    ["a later use of the wording in the sentence", { within: 1 }],
    ["a repeated sentence", { occurrence: 1 }],
  ])("changes with %s", (_name, change) => {
    expect(suggestionKey({ ...BASE, ...change })).not.toBe(suggestionKey(BASE));
  });
});
