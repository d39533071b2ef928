import { describe, expect, test } from "vitest";
import { referenceOf } from "./claim-value";
import { readClaim, type ClaimReading } from "./read-claim";

const SUMGAIT =
  "According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots";

type Expected =
  | { ok: true; stated: string; best?: number | null; first?: string | null; overridden?: boolean }
  | { ok: false; code: string; field: string };

const cases: Array<[string, ClaimReading, Expected]> = [
  [
    "proposes the first figure with what it counts",
    { kind: "count", quote: SUMGAIT, reference: null },
    { ok: true, stated: "26 citizens of Armenian nationality", best: 26 },
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
    { ok: true, stated: "2.5 degrees below zero", best: null, overridden: true },
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
];

describe("readClaim", () => {
  test.each(cases)("%s", (_name, input, expected) => {
    const result = readClaim(input);
    if (!expected.ok) {
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.failure).toMatchObject({ code: expected.code, field: expected.field });
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
