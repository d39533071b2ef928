import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findUnstorable, jsonDepth } from "./unstorable";

describe("findUnstorable", () => {
  test.each([
    ["a NUL in a nested string", { quote: { exact: "a\u0000b" } }, "quote.exact", "NUL"],
    ["a NUL in a key", { ["k\u0000"]: 1 }, "k\u0000", "NUL"],
    ["a NUL in an array item", { authors: ["x", "\u0000"] }, "authors.1", "NUL"],
    ["a lone high surrogate", { text: "a\uD800b" }, "text", "surrogate"],
    ["a lone low surrogate at the start", { text: "\uDC00" }, "text", "surrogate"],
    ["a string itself", "\u0000", "", "NUL"],
  ])("finds %s", (_name, value, path, word) => {
    const found = findUnstorable(value);
    expect(found?.path).toBe(path);
    expect(found?.message).toContain(word);
  });

  test.each([
    ["plain text", { text: "26 killed" }],
    ["a real surrogate pair (an emoji)", { text: "a 😀 b" }],
    ["numbers, nulls and booleans", [1, null, true, { a: [2.5] }]],
  ])("passes %s", (_name, value) => {
    expect(findUnstorable(value)).toBeNull();
  });

  test("refuses nesting beyond the limit without overflowing the stack", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorable(deep)?.message).toContain("nested");
  });

  test("any well-formed string passes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        fc.pre(!text.includes("\u0000"));
        expect(findUnstorable({ text })).toBeNull();
      }),
    );
  });
});

describe("jsonDepth", () => {
  test.each([
    ['"[[[["', 0],
    ['{"a":[1,{"b":"]"}]}', 3],
    ['["\\"[["]', 1],
    ["[]", 1],
    ["7", 0],
  ])("%s → %i", (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });

  test("agrees with the depth of what JSON.parse builds", () => {
    fc.assert(
      fc.property(fc.json({ depthSize: "medium" }), (text) => {
        expect(jsonDepth(text)).toBe(depthOf(JSON.parse(text)));
      }),
    );
  });
});

function depthOf(value: unknown): number {
  if (!value || typeof value !== "object") return 0;
  const inner = Object.values(value as object).map(depthOf);
  return 1 + Math.max(0, ...inner);
}
