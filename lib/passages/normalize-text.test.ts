import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  foldKind,
  foldString,
  foldedText,
  normalizeQuote,
  normalizeText,
  SPACE,
  toOriginalRange,
  trimRange,
} from "./normalize-text";

describe("normalizeText", () => {
  it.each([
    {
      name: "a run of U+00A0, spaces and a line break",
      input: "15:03:37\u00a0\u00a0 |\n\u00a0x",
      folded: "15:03:37 | x",
    },
    { name: "CRLF and tabs", input: "a\r\n\tb", folded: "a b" },
    { name: "curly double quotes", input: "\u201cRing\u201d", folded: '"Ring"' },
    {
      name: "curly single quotes",
      input: "Azerbaijan\u2019s \u2018x\u2019",
      folded: "Azerbaijan's 'x'",
    },
    {
      name: "en and em dashes",
      input: "week \u2013 from Baku\u2014a",
      folded: "week - from Baku-a",
    },
    {
      name: "invisible characters, even inside a whitespace run",
      input: "Sum\u00adgait \u200b kill\ufeffed",
      folded: "Sumgait killed",
    },
    { name: "letters, digits and case, untouched", input: "26 Citizens", folded: "26 Citizens" },
  ])("folds $name", ({ input, folded }) => {
    expect(normalizeText(input).text).toBe(folded);
  });

  it("maps each folded character to where it starts in the original", () => {
    const normalized = normalizeText("a\u00a0 \nb\u200bc");
    expect(Array.from(normalized.starts)).toEqual([0, 1, 4, 6]);
    expect(normalized.originalLength).toBe(7);
  });
});

describe("toOriginalRange", () => {
  const original = "x  \u201cRing\u201d\u00a0\n y";
  const normalized = normalizeText(original);

  it.each([
    { folded: '"Ring"', original: "\u201cRing\u201d" },
    { folded: '"Ring" y', original: "\u201cRing\u201d\u00a0\n y" },
    { folded: " ", original: "  " },
    { folded: '" ', original: "\u201d\u00a0\n " },
  ])("maps $folded back to the original characters", ({ folded, original: expected }) => {
    const at = normalized.text.indexOf(folded);
    const range = toOriginalRange(normalized, at, at + folded.length);
    expect(original.slice(range.start, range.end)).toBe(expected);
  });

  it("maps an empty range to an empty range", () => {
    expect(toOriginalRange(normalized, 2, 2)).toEqual({ start: 3, end: 3 });
  });
});

describe("normalizeQuote and trimRange", () => {
  it("drop whitespace at the edges, U+00A0 and invisible characters included", () => {
    expect(normalizeQuote("\u00a0 276 servicemen.\n")).toBe("276 servicemen.");
    const text = "\u00a0\u200b Sumgait \n";
    expect(trimRange(text, 0, text.length)).toEqual({ start: 3, end: 10 });
  });
});

describe("foldKind", () => {
  it("treats exactly JavaScript's whitespace as space, except the ignored byte-order mark", () => {
    for (let code = 0; code < 0x10000; code++) {
      const isSpace = /\s/.test(String.fromCharCode(code)) && code !== 0xfeff;
      if ((foldKind(code) === SPACE) !== isSpace) throw new Error(`U+${code.toString(16)}`);
    }
    expect(foldKind(0x20)).toBe(SPACE);
  });
});

describe("foldString and foldedText", () => {
  // Every class of character folding treats differently, and plain letters around them.
  const unit = fc.constantFrom(
    ..."ab Z.\t\n\r\u000b\u000c\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000".split(
      "",
    ),
    ..."\u00ad\u200b\u200c\u200d\u2060\ufeff\u2018\u2019\u201a\u201b\u2032".split(""),
    ..."\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2212".split(
      "",
    ),
    "\ud83d",
    "\ude00",
  );

  it("foldString is normalizeText's folded text, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(foldString(text)).toBe(normalizeText(text).text);
      }),
      { numRuns: 20_000 },
    );
  });

  it("foldedText gives what normalizeText gives, whether remembered or not", () => {
    const texts = Array.from({ length: 20 }, (_, i) => `Text ${i}\u00a0 with \u201cquotes\u201d`);
    for (const round of [1, 2])
      for (const text of texts) {
        // A copy, as a second read of the same row would give: equal, not identical.
        const copy = round === 2 ? [...text].join("") : text;
        expect(foldedText(copy)).toEqual(normalizeText(text));
      }
  });
});
