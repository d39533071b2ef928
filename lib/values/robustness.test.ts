import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";
import { findQuantities } from "./find-quantities";
import { parseDate } from "./parse-date";
import { parseQuantity } from "./parse-quantity";

// Text made of the pieces the parsers react to, so random runs reach their inner branches.
const pieces = fc.constantFrom(
  "more than",
  "about",
  "between",
  "and",
  "to",
  "-",
  "–",
  "hundreds",
  "of",
  "thousands",
  "a",
  "hundred",
  "26",
  "1988",
  "1,000",
  "52 000",
  "1.5",
  "million",
  "February",
  "27-29,",
  "November",
  "summer",
  "the",
  "years",
  "ago",
  "later",
  "anniversary",
  "32nd",
  "night",
  "by",
  "until",
  "late",
  "mid-",
  "one",
  "or",
  "more",
  ":",
  "15",
  ".",
  ",",
  "\u00a0",
  "😀",
  "(",
  ")",
  "Thirty-three",
  "since",
  "1980s",
  "o'clock",
);
const passages = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.array(pieces, { maxLength: 12 }).map((p) => p.join(" ")),
);
const references = fc.option(
  fc.record(
    {
      year: fc.integer({ min: -5000, max: 5000 }),
      month: fc.option(fc.integer({ min: -1, max: 14 }), { nil: undefined }),
      day: fc.option(fc.integer({ min: -1, max: 40 }), { nil: undefined }),
    },
    { requiredKeys: ["year"] },
  ),
  { nil: null },
);

describe("the parsers never throw", () => {
  it("on any string", () => {
    fc.assert(
      fc.property(passages, references, (text, reference) => {
        const quantity = parseQuantity(text);
        const date = parseDate(text, { reference });
        expect(typeof quantity.ok).toBe("boolean");
        expect(typeof date.ok).toBe("boolean");
        if (!quantity.ok) expect(quantity.reason.length).toBeGreaterThan(0);
        if (!date.ok) expect(date.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it("and their offsets always slice out the wording", () => {
    fc.assert(
      fc.property(passages, (text) => {
        for (const m of findQuantities(text))
          expect(text.slice(m.start, m.end)).toBe(m.value.wording);
        for (const m of findDates(text)) {
          if (m.result.ok) expect(text.slice(m.start, m.end)).toBe(m.result.value.wording);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("on values that are not strings at all", () => {
    expect(parseQuantity(undefined as unknown as string)).toMatchObject({ ok: false });
    expect(parseDate(null as unknown as string)).toMatchObject({ ok: false });
  });
});
