import { describe, expect, test } from "vitest";
import { formArgument, idArgument, oneOfArgument } from "./action-arguments";

describe("idArgument", () => {
  test.each([
    ["cmx411g3r0005m27d5gho2bla", "cmx411g3r0005m27d5gho2bla"],
    ["a_b-C9", "a_b-C9"],
    ["", null],
    ["a/b", null],
    ["\ud800", null],
    ["x".repeat(101), null],
    [5, null],
    [{ toString: () => "id" }, null],
    [Object.create(null), null],
    [null, null],
  ])("%j → %j", (value, expected) => {
    expect(idArgument(value)).toBe(expected);
  });
});

describe("formArgument", () => {
  test("passes a form through", () => {
    const form = new FormData();
    form.set("name", "x");
    expect(formArgument(form)).toBe(form);
  });

  test.each([["text"], [{ get: 1 }], [undefined], [["a", "b"]]])(
    "makes %j an empty form",
    (value) => {
      expect([...formArgument(value).keys()]).toEqual([]);
    },
  );
});

describe("oneOfArgument", () => {
  test.each([
    ["claims", "claims"],
    ["other", null],
    [["claims"], null],
  ])("%j → %j", (value, expected) => {
    expect(oneOfArgument(value, ["claims", "sources"] as const)).toBe(expected);
  });
});
