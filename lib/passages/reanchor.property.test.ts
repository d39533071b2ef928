import { readFileSync } from "node:fs";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { describePassage, type PassageSelector } from "./describe-passage";
import { normalizeQuote } from "./normalize-text";
import { reanchorAll, type ReanchorResult } from "./reanchor-passage";

const corpusTexts = [
  "arminfo-sumgait-ombudsman",
  "artsakh-mfa-baku-pogroms",
  "polatov-armenian-genocide-in-azerbaijan",
].map((name) => readFileSync(new URL(`../../seed/corpus/${name}.txt`, import.meta.url), "utf8"));

// Characters that make anchoring hard: repeats, whitespace runs, quote and dash variants,
// invisible characters, surrogate pairs.
const trickyText = fc.string({
  unit: fc.constantFrom(
    ..."abS.?! \u00a0\t\n\u201c\u201d\"'\u2019\u2013-\u200b",
    "\r\n",
    "\u{1F4DC}",
    "Sumgait",
    "26 killed",
  ),
  maxLength: 80,
});
const someText = fc.oneof(trickyText, fc.constantFrom(...corpusTexts));

/** A text with up to five valid passages of it (as describePassage stores them). */
const textWithPassages = someText.chain((text) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { minLength: 1, maxLength: 5 })
    .map((pairs) => ({
      text,
      selectors: pairs.flatMap(([a, b]) => {
        const described = describePassage(text, Math.min(a, b), Math.max(a, b));
        return described.ok ? [described.selector] : [];
      }),
    })),
);

describe("re-anchoring properties", () => {
  it("in an unchanged text every passage is unchanged, with its own selector", () => {
    fc.assert(
      fc.property(textWithPassages, ({ text, selectors }) => {
        const results = reanchorAll(text, text, selectors);
        results.forEach((result, i) => {
          expect(result).toEqual({ status: "unchanged", selector: selectors[i] });
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("after an insertion outside every passage, each is unchanged or moved by its length", () => {
    // The inserted text is marked at both ends by a letter no text here has, so that where it
    // went is never ambiguous; inside, it may repeat any passage's words.
    const insertion = fc
      .array(fc.oneof(trickyText, fc.constant("26 killed in Sumgait")), { maxLength: 3 })
      .map((parts) => `\u0394${parts.join("")}\u0394`);
    fc.assert(
      fc.property(textWithPassages, insertion, fc.nat(), ({ text, selectors }, inserted, seed) => {
        const outside = [0, text.length, ...selectors.flatMap((s) => [s.start, s.end])].filter(
          (at) => selectors.every((s) => at <= s.start || at >= s.end),
        );
        const at = outside[seed % outside.length] ?? 0;
        const edited = text.slice(0, at) + inserted + text.slice(at);
        reanchorAll(text, edited, selectors).forEach((result, i) => {
          const { start, end, exact } = selectors[i] as PassageSelector;
          const shift = at <= start ? inserted.length : 0;
          expect(result.status === "unchanged" || result.status === "moved").toBe(true);
          expect(placeOf(result)).toEqual({ start: start + shift, end: end + shift, exact });
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("every place found slices the new text to the words it reports", () => {
    const edit = fc.tuple(fc.nat(), fc.nat(), trickyText);
    fc.assert(
      fc.property(
        textWithPassages,
        fc.array(edit, { maxLength: 4 }),
        ({ text, selectors }, edits) => {
          let edited = text;
          for (const [a, b, inserted] of edits) {
            const from = a % (edited.length + 1);
            const to = Math.min(edited.length, from + (b % 12));
            edited = edited.slice(0, from) + inserted + edited.slice(to);
          }
          for (const result of reanchorAll(text, edited, selectors)) {
            const place = placeOf(result);
            if (!place) continue;
            expect(edited.slice(place.start, place.end)).toBe(place.exact);
            expect(normalizeQuote(place.exact)).not.toBe("");
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never throws, whatever the texts and selectors", () => {
    const anyText = fc.oneof(trickyText, fc.string({ unit: "binary", maxLength: 200 }));
    const anyNumber = fc.oneof(
      fc.integer({ min: -5, max: 300 }),
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0),
    );
    const selector = fc.record({
      start: anyNumber,
      end: anyNumber,
      exact: anyText,
      prefix: anyText,
      suffix: anyText,
    });
    fc.assert(
      fc.property(anyText, anyText, fc.array(selector, { maxLength: 4 }), (before, after, sel) => {
        for (const result of reanchorAll(before, after, sel)) {
          const place = placeOf(result);
          if (place) expect(after.slice(place.start, place.end)).toBe(place.exact);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

function placeOf(result: ReanchorResult): { start: number; end: number; exact: string } | null {
  if (result.status === "orphaned") return null;
  const { start, end, exact } = result.selector;
  return { start, end, exact };
}
