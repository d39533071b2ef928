import { describe, expect, test } from "vitest";
import { readClaim, type ClaimReading } from "./read-claim";

// Real wordings from the development set (eval/values/cases), read in the source's language.
const cases: Array<
  [string, ClaimReading, { stated: string; low: number | null; high: number | null }]
> = [
  [
    "Spanish: proposes the figure with what it counts, after “de”",
    {
      kind: "count",
      quote:
        "Hubo centenares de heridos, muchos de los cuales quedaron discapacitados de por vida.",
      reference: null,
      language: "es",
    },
    { stated: "centenares de heridos", low: 200, high: 999 },
  ],
  [
    "French: a bound written with an elided “d'”",
    {
      kind: "count",
      quote: "plus d'une centaine de blessés",
      stated: "plus d'une centaine",
      reference: null,
      language: "fr",
    },
    { stated: "plus d'une centaine", low: 100, high: null },
  ],
  [
    "German: thousands grouped with a period",
    {
      kind: "count",
      quote: "Allein nach offiziellen Angaben starben 25.000 Menschen.",
      reference: null,
      language: "de",
    },
    { stated: "25.000 Menschen", low: 25000, high: 25000 },
  ],
];

describe("readClaim in the source's language", () => {
  test.each(cases)("%s", (_name, reading, expected) => {
    const result = readClaim(reading);
    if (!result.ok) throw new Error(result.failure.message);
    const { value, stated } = result.value;
    if (value.type !== "quantity") throw new Error("expected a quantity");
    expect({ stated, low: value.low?.value ?? null, high: value.high?.value ?? null }).toEqual(
      expected,
    );
  });

  test("reads a Russian date, and English when no language is given", () => {
    const date = readClaim({
      kind: "date",
      quote: "с 13 по 20 января 1990 года",
      reference: null,
      language: "ru",
    });
    expect(date).toMatchObject({
      ok: true,
      value: { value: { first: "1990-01-13", last: "1990-01-20" } },
    });
    const english = readClaim({ kind: "quantity", quote: "1.500 people", reference: null });
    expect(english).toMatchObject({ ok: true, value: { value: { best: 1.5 } } });
  });
});
