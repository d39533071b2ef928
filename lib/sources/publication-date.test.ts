import { describe, expect, test } from "vitest";
import {
  firstDayAfter,
  firstDayOf,
  formatPublicationDate,
  formatPublicationIso,
  fromStored,
  parsePublicationDate,
} from "./publication-date";

describe("parsePublicationDate", () => {
  test.each([
    ["2020", 2020, null, null, "year"],
    ["2020-02", 2020, 2, null, "month"],
    ["2020-2", 2020, 2, null, "month"],
    ["2024-02-29", 2024, 2, 29, "day"],
    [" 2023-01 ", 2023, 1, null, "month"],
    ["2024-02-29 15:03:37", 2024, 2, 29, "day"],
    ["2024-02-29T15:03:37Z", 2024, 2, 29, "day"],
  ])("%s → %i-%s-%s (%s)", (input, year, month, day, precision) => {
    expect(parsePublicationDate(input)).toEqual({
      ok: true,
      date: { year, month, day, precision },
    });
  });

  test.each([
    ["", "use YYYY"],
    ["Feb 2020", "use YYYY"],
    ["29-02-2024", "use YYYY"],
    ["20", "use YYYY"],
    ["2020-13", "no month 13"],
    ["2023-02-29", "February 2023 has no day 29"],
    ["2020-04-31", "April 2020 has no day 31"],
    ["0999", "four digits"],
  ])("rejects %j", (input, reason) => {
    const result = parsePublicationDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe("formatting", () => {
  test.each([
    ["2020", "2020", "2020"],
    ["2020-02", "2020-02", "February 2020"],
    ["2024-02-29", "2024-02-29", "29 February 2024"],
  ])("%s", (input, iso, words) => {
    const parsed = parsePublicationDate(input);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(formatPublicationIso(parsed.date)).toBe(iso);
    expect(formatPublicationDate(parsed.date)).toBe(words);
  });

  test("a stored first day and precision give back the same date", () => {
    for (const input of ["1988", "1990-01", "2024-02-29"]) {
      const parsed = parsePublicationDate(input);
      if (!parsed.ok) throw new Error(parsed.reason);
      const stored = firstDayOf(parsed.date);
      expect(fromStored(stored, parsed.date.precision)).toEqual(parsed.date);
    }
  });
});

describe("firstDayAfter", () => {
  test.each([
    ["1988", "1989-01-01"],
    ["1988-12", "1989-01-01"],
    ["1988-02", "1988-03-01"],
    ["1988-02-29", "1988-03-01"],
    ["1988-12-31", "1989-01-01"],
    ["1989-02-28", "1989-03-01"],
  ])("the period of %s ends before %s", (input, after) => {
    const parsed = parsePublicationDate(input);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(firstDayAfter(parsed.date).toISOString().slice(0, 10)).toBe(after);
  });
});
