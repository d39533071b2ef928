import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { describePassage } from "./describe-passage";

const polatov = readFileSync(
  new URL("../../seed/corpus/polatov-armenian-genocide-in-azerbaijan.txt", import.meta.url),
  "utf8",
);

describe("describePassage", () => {
  it("stores the quote and 32 code units either side verbatim, U+00A0 and line breaks kept", () => {
    const exact = "According to official Soviet data, 26 Armenian nationals";
    const start = polatov.indexOf(exact);
    expect(describePassage(polatov, start, start + exact.length)).toEqual({
      ok: true,
      selector: {
        start,
        end: start + exact.length,
        exact,
        prefix: '"We do not abandon our own."\n\u00a0\n\u00a0',
        suffix: " were killed in Sumgait over thr",
      },
    });
  });

  it("takes what context there is at the edges of the text", () => {
    const result = describePassage(polatov, 0, 12, 32);
    expect(result).toMatchObject({
      ok: true,
      selector: {
        exact: "The Armenian",
        prefix: "",
        suffix: " Genocide in Azerbaijan\n\n\nThe Ar",
      },
    });
  });

  it("honours another context length", () => {
    const result = describePassage("one two three", 4, 7, 2);
    expect(result).toMatchObject({ ok: true, selector: { prefix: "e ", suffix: " t" } });
  });

  it("does not split a surrogate pair in the context", () => {
    const text = "\u{1F4DC}x passage x\u{1F4DC}";
    const result = describePassage(text, 4, 11, 3);
    expect(result).toMatchObject({ ok: true, selector: { prefix: "x ", suffix: " x" } });
  });

  it.each([
    { name: "a negative start", start: -1, end: 5 },
    { name: "an end past the text", start: 0, end: polatov.length + 1 },
    { name: "an empty range", start: 10, end: 10 },
    { name: "a reversed range", start: 10, end: 5 },
    { name: "fractional offsets", start: 1.5, end: 4 },
    { name: "NaN", start: Number.NaN, end: 4 },
    { name: "infinity", start: 0, end: Number.POSITIVE_INFINITY },
    {
      name: "a blank line of U+00A0",
      start: polatov.indexOf("\n\u00a0\n") + 1,
      end: polatov.indexOf("\n\u00a0\n") + 2,
    },
  ])("refuses $name", ({ start, end }) => {
    expect(describePassage(polatov, start, end)).toMatchObject({
      ok: false,
      code: "invalid-range",
    });
  });

  it("refuses a range that splits a character in two", () => {
    expect(describePassage("a \u{1F4DC} b", 0, 3)).toMatchObject({
      ok: false,
      code: "invalid-range",
    });
  });
});
