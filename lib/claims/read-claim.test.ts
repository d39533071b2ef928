import { describe, expect, test } from "vitest";
import { referenceOf } from "./claim-value";
import { readClaim, type ClaimReading } from "./read-claim";

const SUMGAIT =
  "According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots";

type Expected =
  | { ok: true; stated: string; best?: number | null; first?: string | null; overridden?: boolean }
  | { ok: false; code: string; field: string; candidates?: string[] };

const cases: Array<[string, ClaimReading, Expected]> = [
  [
    "proposes the first figure with what it counts",
    { kind: "count", quote: SUMGAIT, reference: null },
    { ok: true, stated: "26 citizens of Armenian nationality", best: 26 },
  ],
  [
    "a word for the dead after “of” is what is counted, not a predicate",
    { kind: "count", quote: "Witnesses spoke of hundreds of dead.", reference: null },
    { ok: true, stated: "hundreds of dead", best: null },
  ],
  [
    "takes the editor's words when they are in the quote",
    { kind: "count", quote: SUMGAIT, stated: "26", reference: null },
    { ok: true, stated: "26", best: 26 },
  ],
  [
    "finds the editor's words across other spacing and quotation marks",
    { kind: "count", quote: "some 200  people", stated: "200 people", reference: null },
    { ok: true, stated: "200  people", best: 200 },
  ],
  [
    "refuses words that are not in the quote, on the stated field",
    { kind: "count", quote: SUMGAIT, stated: "27 citizens", reference: null },
    { ok: false, code: "stated_not_in_quote", field: "stated" },
  ],
  [
    "an override applies over the parsed value",
    {
      kind: "count",
      quote: SUMGAIT,
      stated: "26",
      override: {
        low: { value: 20, inclusive: true },
        high: { value: 30, inclusive: true },
        best: 25,
      },
      reference: null,
    },
    { ok: true, stated: "26", best: 25, overridden: true },
  ],
  [
    "a best figure outside the value's own bounds is refused",
    { kind: "count", quote: SUMGAIT, stated: "26", override: { best: 30 }, reference: null },
    { ok: false, code: "value_invalid", field: "value" },
  ],
  [
    "a count cannot be negative",
    { kind: "count", quote: "many were killed", override: { best: -3 }, reference: null },
    { ok: false, code: "value_invalid", field: "value" },
  ],
  [
    "a count's best figure is whole",
    { kind: "count", quote: "many were killed", override: { best: 2.5 }, reference: null },
    { ok: false, code: "value_invalid", field: "value" },
  ],
  [
    "a quantity may be negative or fractional",
    {
      kind: "quantity",
      quote: "fell to 2.5 degrees below zero",
      override: { low: { value: -2.5, inclusive: true }, high: { value: -2.5, inclusive: true } },
      reference: null,
    },
    // The proposed words end with the noun counted; the editor's numbers carry the sign.
    { ok: true, stated: "2.5 degrees", best: null, overridden: true },
  ],
  [
    "a figure beyond 10^15 is out of range, at any position",
    { kind: "count", quote: "many were killed", override: { best: 1.79e308 }, reference: null },
    { ok: false, code: "value_out_of_range", field: "value" },
  ],
  [
    "a parsed figure of 400 digits is out of range",
    { kind: "count", quote: `${"1".padEnd(400, "0")} people were killed`, reference: null },
    { ok: false, code: "value_out_of_range", field: "value" },
  ],
  [
    "with no figure but an override, the whole passage is the stated wording",
    { kind: "count", quote: "many were killed", override: { best: 12 }, reference: null },
    { ok: true, stated: "many were killed", best: 12, overridden: true },
  ],
  [
    "no figure and no override: the stated field is to fix",
    { kind: "count", quote: "many were killed", reference: null },
    { ok: false, code: "no_figure_in_quote", field: "stated" },
  ],
  [
    "a date question on a passage that only gives a figure",
    { kind: "date", quote: SUMGAIT, reference: null },
    { ok: false, code: "no_figure_in_quote", field: "stated" },
  ],
  [
    "a relative date resolves against the reference",
    { kind: "date", quote: "Thirty-three years ago, murders", reference: referenceOf("2023-01") },
    { ok: true, stated: "Thirty-three years ago", first: "1990-01-01" },
  ],
  [
    "a relative date without a reference needs a value",
    { kind: "date", quote: "Thirty-three years ago, murders", reference: null },
    { ok: false, code: "needs_value", field: "value" },
  ],
  [
    "numbers given for a date question are a kind mismatch",
    { kind: "date", quote: "On February 28, 1988", override: { best: 3 }, reference: null },
    { ok: false, code: "value_kind_mismatch", field: "value" },
  ],
  [
    "the measure picks the figure the editor meant",
    {
      kind: "count",
      quote: "The official death toll was 32 people (26 Armenians and 6 Azerbaijanis).",
      measure: "Armenians killed",
      reference: null,
    },
    { ok: true, stated: "26 Armenians", best: 26 },
  ],
  [
    "two equally plausible figures: ask, listing them",
    {
      kind: "count",
      quote: "Clashes left 6 Azeris and 26 Armenians dead.",
      measure: "people killed",
      reference: null,
    },
    {
      ok: false,
      code: "stated_ambiguous",
      field: "stated",
      candidates: ["6 Azeris", "26 Armenians"],
    },
  ],
  [
    "the editor's numbers settle an ambiguity",
    {
      kind: "count",
      quote: "Clashes left 6 Azeris and 26 Armenians dead.",
      measure: "people killed",
      override: {
        low: { value: 32, inclusive: true },
        high: { value: 32, inclusive: true },
        best: 32,
      },
      reference: null,
    },
    { ok: true, stated: "6 Azeris", best: 32, overridden: true },
  ],
  [
    "stated words that say the figure is not known",
    { kind: "count", quote: "Deaths: 32. Injured: Unknown", stated: "Unknown", reference: null },
    { ok: false, code: "no_value_stated", field: "value" },
  ],
  [
    "a proposed “unknown number” that fits the measure",
    {
      kind: "count",
      quote: "An unknown number of people were injured.",
      measure: "people injured",
      reference: null,
    },
    { ok: false, code: "no_value_stated", field: "value" },
  ],
  [
    "“nobody was killed” is exactly 0",
    { kind: "count", quote: "Officials said nobody was killed in the clash.", reference: null },
    { ok: true, stated: "nobody was killed", best: 0 },
  ],
  [
    "a weekday in a dated report",
    {
      kind: "date",
      quote: "before Soviet troops imposed a curfew Monday.",
      reference: referenceOf("1988-03-05"),
    },
    { ok: true, stated: "Monday", first: "1988-02-29" },
  ],
  [
    "a day without a year takes its year from the section before the passage",
    {
      kind: "date",
      quote: "On February 28, a small contingent of MVD troops entered the city.",
      context: "On February 27, 1988, mobs formed into groups.\n\n",
      reference: null,
    },
    { ok: true, stated: "February 28", first: "1988-02-28" },
  ],
];

describe("readClaim", () => {
  test.each(cases)("%s", (_name, input, expected) => {
    const result = readClaim(input);
    if (!expected.ok) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.failure).toMatchObject({ code: expected.code, field: expected.field });
        if (expected.candidates)
          expect(result.failure.candidates?.map((c) => c.wording)).toEqual(expected.candidates);
      }
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { stated, span, value } = result.value;
    expect(stated).toBe(expected.stated);
    expect(input.quote.slice(span.start, span.end)).toBe(stated);
    if (expected.best !== undefined && value.type === "quantity")
      expect(value.best).toBe(expected.best);
    if (expected.first !== undefined && value.type === "date")
      expect(value.first).toBe(expected.first);
    expect(Boolean(value.overridden)).toBe(Boolean(expected.overridden));
  });
});
