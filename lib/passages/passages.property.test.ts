import { readFileSync } from "node:fs";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { containsWords } from "./contains-words";
import { describePassage } from "./describe-passage";
import { findQuote } from "./find-quote";
import { normalizeQuote, trimRange } from "./normalize-text";
import { passageContext } from "./passage-context";
import { resolvePassage, type ResolveResult } from "./resolve-passage";
import { segmentRanges } from "./segment-ranges";
import { splitParagraphs } from "./split-paragraphs";

const corpusTexts = [
  "arminfo-sumgait-ombudsman",
  "artsakh-mfa-baku-pogroms",
  "polatov-armenian-genocide-in-azerbaijan",
].map((name) => readFileSync(new URL(`../../seed/corpus/${name}.txt`, import.meta.url), "utf8"));

// A small alphabet of the characters that make anchoring hard, so that random texts are full of
// repeats, whitespace runs, quote and dash variants, invisible characters and surrogate pairs.
const trickyText = fc.string({
  unit: fc.constantFrom(
    ..."abS.?! \u00a0\t\n\u201c\u201d\"'\u2019\u2013-\u200b",
    "\r\n",
    "\u{1F4DC}",
    "Sumgait",
  ),
  maxLength: 80,
});
const anyText = fc.oneof(trickyText, fc.string({ unit: "binary", maxLength: 200 }));
const anyNumber = fc.oneof(
  fc.integer({ min: -5, max: 300 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0),
);
const textWithRange = fc
  .oneof(trickyText, fc.constantFrom(...corpusTexts))
  .chain((text) =>
    fc
      .tuple(fc.nat(text.length), fc.nat(text.length))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
  );

describe("passage properties", () => {
  it("a described passage resolves to itself, by position", () => {
    fc.assert(
      fc.property(textWithRange, ({ text, start, end }) => {
        const described = describePassage(text, start, end);
        fc.pre(described.ok);
        if (!described.ok) return;
        expect(resolvePassage(text, described.selector)).toEqual({
          ok: true,
          start,
          end,
          method: "position",
        });
      }),
      { numRuns: 500 },
    );
  });

  it("without its position, a passage is found again or listed among equally good ones", () => {
    fc.assert(
      fc.property(textWithRange, ({ text, start, end }) => {
        const described = describePassage(text, start, end);
        fc.pre(described.ok);
        if (!described.ok) return;
        const { exact, prefix, suffix } = described.selector;
        const result = resolvePassage(text, { exact, prefix, suffix });
        const found = rangesOf(result);
        expect(found).toContainEqual(trimRange(text, start, end));
        for (const r of found)
          expect(normalizeQuote(text.slice(r.start, r.end))).toBe(normalizeQuote(exact));
      }),
      { numRuns: 500 },
    );
  });

  it("a passage in a sample text is found again after text is inserted before it", () => {
    // The inserted characters never occur in a quote's words, so they cannot make a new
    // occurrence; the sample texts have no two places with the same words and context.
    const inserted = fc.string({
      unit: fc.constantFrom(..."\u0394\u03a9 \u00a0\n"),
      maxLength: 40,
    });
    const corpusRange = fc
      .constantFrom(...corpusTexts)
      .chain((text) =>
        fc
          .tuple(fc.nat(text.length), fc.nat(text.length))
          .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
      );
    fc.assert(
      fc.property(corpusRange, inserted, ({ text, start, end }, insertion) => {
        const described = describePassage(text, start, end);
        fc.pre(described.ok);
        if (!described.ok) return;
        const edited = `\u0394${insertion}${text}`;
        const shift = edited.length - text.length;
        const found = rangesOf(resolvePassage(edited, described.selector));
        // A position that moved within whitespace may keep other blank edges; the words must match.
        expect(found.map((r) => trimRange(edited, r.start, r.end))).toEqual([
          trimRange(edited, start + shift, end + shift),
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it("no function throws on arbitrary strings and numbers, and offsets stay in the text", () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyNumber, anyNumber, (text, quote, other, a, b) => {
        const described = describePassage(text, a, b, b);
        if (described.ok)
          expect(text.slice(described.selector.start, described.selector.end)).toBe(
            described.selector.exact,
          );
        for (const options of [{}, { fuzzy: true }]) {
          const result = resolvePassage(
            text,
            { exact: quote, prefix: other, suffix: other, start: a, end: b },
            options,
          );
          for (const r of rangesOf(result))
            expect(0 <= r.start && r.start < r.end && r.end <= text.length).toBe(true);
        }
        for (const r of findQuote(text, quote))
          expect(normalizeQuote(text.slice(r.start, r.end))).toBe(normalizeQuote(quote));
        const words = containsWords(quote, other);
        if (words.ok)
          expect(normalizeQuote(quote.slice(words.start, words.end))).toBe(normalizeQuote(other));
        passageContext(text, a, b, { sentences: a, maxChars: b });
        segmentRanges(a, b, [{ start: b, end: a, id: quote }]);
        splitParagraphs(text);
      }),
      { numRuns: 500 },
    );
  });

  it("context around a passage is contiguous with it and never cut inside a word", () => {
    fc.assert(
      fc.property(
        textWithRange,
        fc.nat(4),
        fc.nat(250),
        ({ text, start, end }, sentences, maxChars) => {
          const c = passageContext(text, start, end, { sentences, maxChars });
          expect(c.passage).toBe(text.slice(start, end));
          expect(text.slice(start - c.before.length, end + c.after.length)).toBe(
            c.before + c.passage + c.after,
          );
          expect(c.before.length <= maxChars && c.after.length <= maxChars).toBe(true);
          if (c.truncatedBefore && c.before !== "")
            expect(text.charAt(start - c.before.length - 1)).toMatch(/\s/);
          if (c.truncatedAfter && c.after !== "")
            expect(text.charAt(end + c.after.length)).toMatch(/\s/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("paragraphs cover every word of the text, in order, with only whitespace between", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const paragraphs = splitParagraphs(text);
        let covered = 0;
        for (const p of paragraphs) {
          expect(text.slice(covered, p.start).trim()).toBe("");
          expect(p.text).toBe(text.slice(p.start, p.end));
          expect(p.text).toBe(p.text.trim());
          covered = p.end;
        }
        expect(text.slice(covered).trim()).toBe("");
      }),
    );
  });

  it("segments tile the paragraph, each carrying exactly the ranges that cover it", () => {
    const range = fc.record({
      start: fc.integer({ min: 0, max: 60 }),
      end: fc.integer({ min: 0, max: 60 }),
      id: fc.constantFrom("a", "b", "c"),
    });
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), (ranges) => {
        const segments = segmentRanges(10, 50, ranges);
        expect(segments[0]?.start).toBe(10);
        expect(segments.at(-1)?.end).toBe(50);
        for (const [i, s] of segments.entries()) {
          if (i > 0) expect(s.start).toBe(segments[i - 1]?.end);
          // Segments may merge touching ranges of one id, so compare unit by unit.
          for (let x = s.start; x < s.end; x++) {
            const covering = ranges.filter((r) => r.start <= x && x < r.end).map((r) => r.id);
            expect(new Set(s.ids)).toEqual(new Set(covering));
          }
        }
      }),
    );
  });
});

function rangesOf(result: ResolveResult): { start: number; end: number }[] {
  if (result.ok) return [{ start: result.start, end: result.end }];
  if (result.code === "ambiguous")
    return result.occurrences.map(({ start, end }) => ({ start, end }));
  return [];
}
