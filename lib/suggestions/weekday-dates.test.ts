import { describe, expect, it } from "vitest";
import { findWeekdays } from "./weekday-dates";

describe("findWeekdays", () => {
  const text = "Officials said Sunday that the strike came Saturday; Saturday's attacks went on.";

  it.each([
    [
      "a Sunday publication: “Saturday” is the day before",
      { year: 2013, month: 4, day: 7 },
      ["2013-04-07", "2013-04-06", "2013-04-06"],
    ],
    [
      "a Monday publication",
      { year: 2013, month: 4, day: 8 },
      ["2013-04-07", "2013-04-06", "2013-04-06"],
    ],
    ["a month only: no day proposed", { year: 2013, month: 4 }, [null, null, null]],
  ])("%s", (_name, reference, days) => {
    expect(findWeekdays(text, reference, []).map((m) => m.day)).toEqual(days);
  });

  it("gives offsets of the names and leaves out those inside a date the readers found", () => {
    const found = findWeekdays("On Saturday, May 16, 2018, and on Sunday.", null, [
      { start: 3, end: 25 },
    ]);
    expect(found.map((m) => [m.start, m.end])).toEqual([[34, 40]]);
  });

  it("crosses a year's end backwards", () => {
    expect(findWeekdays("It began Thursday.", { year: 2021, month: 1, day: 1 }, [])[0]?.day).toBe(
      "2020-12-31",
    );
    expect(findWeekdays("It began Wednesday.", { year: 2021, month: 1, day: 1 }, [])[0]?.day).toBe(
      "2020-12-30",
    );
  });
});
