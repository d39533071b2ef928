import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "@/lib/passages/split-paragraphs";
import { codePointOffset, locatePassageIn, paragraphNumberAt } from "./passage-location";

const text = "First paragraph.\n\nSecond one,\nstill second.\n\n\u00a0\n\nThird.";

describe("paragraphNumberAt", () => {
  it.each([
    { what: "the first character", offset: 0, paragraph: 1 },
    { what: "the last character of the first paragraph", offset: 15, paragraph: 1 },
    { what: "the blank lines after it (the next paragraph)", offset: 17, paragraph: 2 },
    { what: "a word after a single line break", offset: text.indexOf("still"), paragraph: 2 },
    { what: "a paragraph after a line of U+00A0", offset: text.indexOf("Third"), paragraph: 3 },
    { what: "the end of the text", offset: text.length, paragraph: 3 },
  ])("counts $what as paragraph $paragraph", ({ offset, paragraph }) => {
    expect(paragraphNumberAt(text, offset)).toBe(paragraph);
  });

  it("gives 1 for a text with no words", () => {
    expect(paragraphNumberAt("", 0)).toBe(1);
    expect(paragraphNumberAt(" \n\n ", 2)).toBe(1);
  });

  it("agrees with a plain search through the paragraphs", () => {
    const textArb = fc.array(fc.constantFrom("a", "b ", "\n", "\n\n", " \u00a0\n"), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(textArb, fc.nat(), (parts, seed) => {
        const sample = parts.join("");
        const offset = sample.length ? seed % (sample.length + 1) : 0;
        const paragraphs = splitParagraphs(sample);
        const index = paragraphs.findIndex((p) => offset < p.end);
        const expected = paragraphs.length === 0 ? 1 : index === -1 ? paragraphs.length : index + 1;
        expect(paragraphNumberAt(sample, offset)).toBe(expected);
      }),
    );
  });
});

describe("codePointOffset", () => {
  it.each([
    {
      what: "a text of the Basic Multilingual Plane",
      text: "Sumgait — 1988",
      offset: 9,
      expected: 9,
    },
    {
      what: "a text after an emoji (two UTF-16 units)",
      text: "😀 26 killed",
      offset: 3,
      expected: 2,
    },
    { what: "two astral characters", text: "𝒜𝒜x", offset: 4, expected: 2 },
  ])("counts code points in $what", ({ text: sample, offset, expected }) => {
    expect(codePointOffset(sample, offset)).toBe(expected);
    expect([...sample.slice(0, offset)]).toHaveLength(expected);
  });

  it("locates a passage: paragraph and code points", () => {
    const sample = "Intro 😀.\n\nOn February 27-29, 1988 it began.";
    const start = sample.indexOf("February");
    const end = start + "February 27-29, 1988".length;
    expect(locatePassageIn(sample, start, end)).toEqual({
      paragraph: 2,
      codePointStart: start - 1,
      codePointEnd: end - 1,
    });
  });
});
