import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";
import { parseDate } from "./parse-date";
import {
  corpusDateCases,
  dateCases,
  laterDateCases,
  needsReference,
  unrecognisedDates,
  type DateCase,
} from "./parse-date.cases";

function expectValue(result: ReturnType<typeof parseDate>, c: DateCase) {
  if (!result.ok) throw new Error(`${c.text}: ${result.reason}`);
  const { first, last, precision } = result.value;
  expect({ first, last, precision }).toEqual({
    first: c.first,
    last: c.last,
    precision: c.precision,
  });
  if (c.rule !== undefined) expect(result.value.rule).toBe(c.rule);
  if (c.wording !== undefined) expect(result.value.wording).toBe(c.wording);
}

describe("parseDate on the sample corpus", () => {
  it.each(corpusDateCases)("$text → $first…$last", (c) => {
    expectValue(parseDate(c.text, { reference: c.reference ?? null }), c);
  });
});

describe("parseDate", () => {
  it.each(dateCases)("$text → $first…$last", (c) => {
    expectValue(parseDate(c.text, { reference: c.reference ?? null }), c);
  });

  it.each(laterDateCases)("$text (date $index) → $first…$last", (c) => {
    const match = findDates(c.text, { reference: c.reference ?? null })[c.index];
    expect(match).toBeDefined();
    if (match) expectValue(match.result, c);
  });

  it.each(needsReference)("“%s” asks for a reference date instead of guessing", (text) => {
    const result = parseDate(text);
    expect(result).toMatchObject({ ok: false, code: "needs-reference-date" });
    if (!result.ok) expect(result.reason).toContain(`“`);
  });

  it.each(unrecognisedDates)("“%s” is not recognised", (text) => {
    expect(parseDate(text)).toMatchObject({ ok: false, code: "not-recognised" });
  });

  it("marks relative dates", () => {
    const result = parseDate("Thirty-three years ago", { reference: { year: 2023, month: 1 } });
    expect(result).toMatchObject({ ok: true, value: { relative: true } });
    expect(parseDate("1988")).toMatchObject({ ok: true, value: { rule: "date.year" } });
    const absolute = parseDate("1988");
    expect(absolute.ok && absolute.value.relative).toBeFalsy();
  });

  it("refuses a reference date that is not a real day", () => {
    const result = parseDate("three years ago", { reference: { year: 2020, month: 2, day: 30 } });
    expect(result).toMatchObject({ ok: false, code: "needs-reference-date" });
  });

  it("gives every date in a passage with offsets into it", () => {
    const text =
      "ethnic cleansing occurred in Sumgait on February 27-29, 1988; in November 1988 it spread.";
    const found = findDates(text);
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual([
      "February 27-29, 1988",
      "November 1988",
    ]);
  });
});
