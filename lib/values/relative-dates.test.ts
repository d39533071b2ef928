import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDay, dayNumber, isoDay, parseIsoDay } from "./calendar";
import { findDates } from "./find-dates";
import { parseDate } from "./parse-date";
import type { DateReference, ReferenceDate } from "./types";

const TRIBUNE: ReferenceDate = { year: 1988, month: 3, day: 5 }; // a Saturday

interface Case {
  text: string;
  reference?: ReferenceDate;
  context?: string;
  first: string;
  last: string;
  rule: string;
  wording?: string;
  from?: DateReference["kind"];
}

// Real wordings of 1988–1990 reports (Chicago Tribune, AP) and encyclopaedia texts.
const cases: Case[] = [
  {
    text: "before Soviet troops imposed a curfew Monday.",
    reference: TRIBUNE,
    first: "1988-02-29",
    last: "1988-02-29",
    rule: "relative.weekday",
    wording: "Monday",
    from: "publication",
  },
  {
    text: "giving the first official account of fatalities in last Sunday`s riots in Sumgait",
    reference: TRIBUNE,
    first: "1988-02-28",
    last: "1988-02-28",
    rule: "relative.weekday",
    wording: "last Sunday",
  },
  {
    text: "there were three more killings Friday.",
    reference: TRIBUNE,
    first: "1988-03-04",
    last: "1988-03-04",
    rule: "relative.weekday",
  },
  {
    text: "“last Saturday” said on a Saturday means a week before",
    reference: TRIBUNE,
    first: "1988-02-27",
    last: "1988-02-27",
    rule: "relative.weekday",
  },
  {
    text: "a weekday with a publication date known to the month: Sunday",
    reference: { year: 1988, month: 3 },
    first: "1988-02-28",
    last: "1988-03-27",
    rule: "relative.weekday",
  },
  {
    text: "el domingo pasado",
    reference: TRIBUNE,
    first: "1988-02-28",
    last: "1988-02-28",
    rule: "relative.weekday",
    wording: "domingo pasado",
  },
  {
    text: "los disturbios del pasado domingo",
    reference: TRIBUNE,
    first: "1988-02-28",
    last: "1988-02-28",
    rule: "relative.weekday",
    wording: "pasado domingo",
  },
  {
    text: "the Feb. 28 riots",
    reference: { year: 1988, month: 3, day: 3 },
    first: "1988-02-28",
    last: "1988-02-28",
    rule: "implied.year-from-reference+date.day",
    from: "publication",
  },
  {
    text: "a curfew is being introduced on their territory as of Sept. 21",
    reference: { year: 1988, month: 9, day: 22 },
    first: "1988-09-21",
    last: "1988-09-21",
    rule: "implied.year-from-reference+date.day",
  },
  {
    text: "On the night of January 19–20, troops entered the city.",
    context: "Events\nIn 1990, the situation worsened.\n",
    first: "1990-01-19",
    last: "1990-01-20",
    rule: "time.night-of+implied.year-from-section+date.day-range",
    from: "section",
  },
  {
    text: "On February 28, a small contingent of MVD troops entered the city",
    context: "On February 27, 1988, mobs formed into groups.\n\n",
    first: "1988-02-28",
    last: "1988-02-28",
    rule: "implied.year-from-section+date.day",
    wording: "February 28",
  },
  {
    text: "Radio Moscow said the incidents were announced at a rally Saturday night",
    reference: { year: 2019, month: 1, day: 16 },
    context: "The Associated Press\nJanuary 14, 1990, Sunday\n\nMOSCOW\n\n",
    first: "1990-01-13",
    last: "1990-01-13",
    rule: "relative.weekday",
    from: "section",
  },
  {
    text: "On Jan. 15 more troops arrived.",
    reference: { year: 2005, month: 6, day: 1 },
    context: "Reposted in 2005.\n\nBAKU, January 14, 1990\n\nRioting broke out.",
    first: "1990-01-15",
    last: "1990-01-15",
    rule: "implied.year-from-section+date.day",
  },
  {
    text: "On February 28, troops entered the city.",
    reference: { year: 2005, month: 6, day: 1 },
    context: "Reposted in 2005.\n\nIn February 1988, riots broke out in Sumgait.\n\n",
    first: "1988-02-28",
    last: "1988-02-28",
    rule: "implied.year-from-section+date.day",
    from: "section",
  },
  {
    text: "the March 5 rally in Yerevan",
    reference: { year: 1990, month: 3, day: 10 },
    context: "The conflict began in February 1988 with riots in Sumgait.\n\n",
    first: "1990-03-05",
    last: "1990-03-05",
    rule: "implied.year-from-reference+date.day",
    from: "publication",
  },
  {
    text: "the Feb. 28 riots in Sumgait",
    reference: { year: 1988, month: 3, day: 3 },
    context: "Nagorno-Karabakh was transferred to Azerbaijan in 1923.\n\n",
    first: "1988-02-28",
    last: "1988-02-28",
    rule: "implied.year-from-reference+date.day",
  },
  {
    text: "A year later, the region was placed under direct rule.",
    context: "In November 1988 the strikes began.\n\n",
    first: "1989-01-01",
    last: "1989-12-31",
    rule: "relative.later",
    from: "section",
  },
  {
    text: "Soviet forces entered Baku on January 12–19, 1990.",
    first: "1990-01-12",
    last: "1990-01-19",
    rule: "date.day-range",
  },
  {
    text: "the pogroms lasted from 12 to 19 January 1990",
    first: "1990-01-12",
    last: "1990-01-19",
    rule: "date.day-range",
  },
];

describe("dates relative to the article and its section", () => {
  it.each(cases)("$text", (c) => {
    const result = parseDate(c.text, { reference: c.reference ?? null, context: c.context });
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toMatchObject({ first: c.first, last: c.last, rule: c.rule });
    if (c.wording) expect(result.value.wording).toBe(c.wording);
    if (c.from) expect(result.value.reference?.kind).toBe(c.from);
  });

  it.each([
    ["On February 28, troops entered the city.", undefined],
    ["On February 28, troops entered the city.", "No year anywhere here.\n"],
    ["Troops imposed a curfew Monday.", undefined],
    ["Troops imposed a curfew Monday.", "In 1988, riots began.\n"],
  ])("“%s” with section %j and no publication date still needs a value", (text, context) => {
    expect(parseDate(text, { context })).toMatchObject({ ok: false, code: "needs-reference-date" });
  });

  it("does not read names, datelines or future days as weekdays", () => {
    for (const text of [
      "the Bloody Sunday massacre",
      "The Sunday Times reported",
      "the talks will resume Monday",
      "next Friday",
      "January 14, 1990, Sunday",
      "el Domingo de Ramos",
    ]) {
      const found = findDates(text, { reference: TRIBUNE }).filter((m) =>
        m.result.ok ? m.result.value.rule === "relative.weekday" : true,
      );
      expect(found, text).toEqual([]);
    }
  });
});

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const publication = fc
  .integer({
    min: dayNumber({ year: 1900, month: 1, day: 1 }),
    max: dayNumber({ year: 2100, month: 12, day: 31 }),
  })
  .map(calendarDay);

describe("laws of relative dates", () => {
  it("a weekday resolves to a day on or before the publication date, within 7 days of it", () => {
    fc.assert(
      fc.property(publication, fc.constantFrom(...WEEKDAYS), fc.boolean(), (day, name, last) => {
        const text = `troops imposed a curfew ${last ? "last " : ""}${name}.`;
        const result = parseDate(text, { reference: day });
        if (!result.ok) return false;
        const resolved = parseIsoDay(result.value.first ?? "");
        if (!resolved) return false;
        const back = dayNumber(day) - dayNumber(resolved);
        const weekday = new Date(`${isoDay(resolved)}T00:00:00Z`).getUTCDay();
        return (
          back >= (last ? 1 : 0) && back <= (last ? 7 : 6) && weekday === WEEKDAYS.indexOf(name)
        );
      }),
    );
  });

  it("a day without a year never lands after the publication date, nor a year before it", () => {
    const months = [
      "Jan.",
      "Feb.",
      "March",
      "April",
      "May",
      "June",
      "July",
      "Aug.",
      "Sept.",
      "Oct.",
      "Nov.",
      "Dec.",
    ];
    fc.assert(
      fc.property(
        publication,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        (day, m, d) => {
          const result = parseDate(`the ${months[m]} ${d} riots`, { reference: day });
          if (!result.ok) return false;
          const first = parseIsoDay(result.value.first ?? "");
          if (!first) return false;
          const back = dayNumber(day) - dayNumber(first);
          return back >= 0 && back < 366;
        },
      ),
    );
  });
});
