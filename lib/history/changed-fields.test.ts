import { describe, expect, test } from "vitest";
import { changedFields } from "./changed-fields";

describe("changedFields", () => {
  test.each([
    ["nothing changed", { a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, []],
    ["a changed scalar", { a: 1, b: 2 }, { a: 1, b: 3 }, ["b"]],
    ["key order inside objects does not count", { v: { x: 1, y: 2 } }, { v: { y: 2, x: 1 } }, []],
    ["array order does", { v: [1, 2] }, { v: [2, 1] }, ["v"]],
    ["null and missing are the same", { a: null }, {}, []],
    ["a field that appears", {}, { note: "n" }, ["note"]],
    ["a create: every field", null, { b: 1, a: 2 }, ["a", "b"]],
  ])("%s", (_name, before, after, expected) => {
    expect(changedFields(before, after)).toEqual(expected);
  });
});
