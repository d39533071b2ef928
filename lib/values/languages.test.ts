import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";
import { findQuantities } from "./find-quantities";
import { languageOf, SUPPORTED_LANGUAGES } from "./language";
import { languageDateCases, languageQuantityCases } from "./languages.cases";
import { parseDate } from "./parse-date";
import { parseQuantity } from "./parse-quantity";
import type { RuleTable } from "./rule-types";
import { defaultRules } from "./rules";
import { interval } from "./test-notation";

describe("parseQuantity in other languages", () => {
  it.each(languageQuantityCases)("$language: $text → $is", (c) => {
    const result = parseQuantity(c.text, { language: c.language });
    if (!result.ok) throw new Error(`${c.text}: ${result.reason}`);
    const { low, high, kind, rule } = result.value;
    expect({ low, high, kind, rule }).toEqual({ ...interval(c.is), kind: c.kind, rule: c.rule });
    if (c.counted !== undefined) expect(result.value.counted).toBe(c.counted);
  });

  it("reads English when the language is absent or unknown", () => {
    for (const language of [undefined, null, "", "hy", "xx-YY"]) {
      expect(parseQuantity("more than 1,500 people", { language })).toMatchObject({
        ok: true,
        value: { low: { value: 1500, inclusive: false }, rule: "bound.more-than" },
      });
    }
    expect(languageOf("pt-BR")).toBe("pt");
    expect(languageOf("ES")).toBe("es");
  });

  it("refuses a figure too large to be a count instead of reading Infinity", () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const result = parseQuantity(`${"9".repeat(400)} ${"1".repeat(20)}`, { language });
      if (result.ok) {
        expect(Number.isFinite(result.value.low?.value ?? 0)).toBe(true);
        expect(Number.isFinite(result.value.high?.value ?? 0)).toBe(true);
      }
      expect(parseQuantity("9".repeat(400), { language }).ok).toBe(false);
    }
  });
});

describe("parseDate in other languages", () => {
  it.each(languageDateCases)("$language: $text → $first…$last", (c) => {
    const result = parseDate(c.text, { language: c.language, reference: c.reference ?? null });
    if (!result.ok) throw new Error(`${c.text}: ${result.reason}`);
    const { first, last, precision, rule } = result.value;
    expect({ first, last, precision, rule }).toEqual({
      first: c.first,
      last: c.last,
      precision: c.precision,
      rule: c.rule,
    });
  });
});

// How each language groups thousands, and the noun a count is written before.
const GROUPING: Record<string, { separators: string[]; noun: string }> = {
  en: { separators: [","], noun: "people" },
  es: { separators: [".", " ", "\u00a0", "\u202f"], noun: "personas" },
  fr: { separators: [" ", "\u00a0", "\u202f", "\u2009", "."], noun: "personnes" },
  it: { separators: ["."], noun: "persone" },
  de: { separators: [".", "\u202f"], noun: "Menschen" },
  ru: { separators: [" ", "\u00a0", "\u202f"], noun: "человек" },
  pt: { separators: ["."], noun: "pessoas" },
};

function grouped(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

describe("the readers in every language", () => {
  it("read a figure written with separators as the same figure without them", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_LANGUAGES),
        fc.integer({ min: 1000, max: 999_999_999 }),
        fc.nat(),
        (language, n, pick) => {
          const { separators, noun } = GROUPING[language] as (typeof GROUPING)["en"];
          const separator = separators[pick % separators.length] as string;
          const plain = parseQuantity(`${n} ${noun}`, { language });
          const withSeparators = parseQuantity(`${grouped(n, separator)} ${noun}`, { language });
          expect(withSeparators).toMatchObject({ ok: true, value: { low: { value: n } } });
          if (n > 2099) expect(plain).toMatchObject({ ok: true, value: { low: { value: n } } });
        },
      ),
      { numRuns: 300 },
    );
  });

  const pieces = fc.constantFrom(
    ...Object.values(defaultRules as RuleTable).flatMap((rule) =>
      Object.values(rule.languages ?? {}).flatMap((wording) => wording.phrases),
    ),
    "250.000",
    "1,5",
    "2 000",
    "\u202f",
    "mil",
    "millones",
    "siete",
    "quatre-vingt",
    "duecentocinquanta",
    "siebenundzwanzig",
    "тысячи",
    "двадцати",
    "de",
    "al",
    "13",
    "enero",
    "1990",
    "года",
    "d'",
    "l'",
    "-",
    "–",
    ".",
    ",",
  );
  const passages = fc.oneof(
    fc.string(),
    fc.array(pieces, { maxLength: 10 }).map((p) => p.join(" ")),
    fc.array(pieces, { maxLength: 10 }).map((p) => p.join("")),
  );

  it("never throw, and their offsets slice back to the wording", () => {
    fc.assert(
      fc.property(passages, fc.constantFrom(...SUPPORTED_LANGUAGES), (text, language) => {
        const quantity = parseQuantity(text, { language });
        const date = parseDate(text, { language, reference: { year: 2020, month: 2 } });
        expect(typeof quantity.ok).toBe("boolean");
        expect(typeof date.ok).toBe("boolean");
        for (const m of findQuantities(text, { language })) {
          expect(text.slice(m.start, m.end)).toBe(m.value.wording);
          expect(Number.isFinite(m.value.low?.value ?? 0)).toBe(true);
          expect(Number.isFinite(m.value.high?.value ?? 0)).toBe(true);
        }
        for (const m of findDates(text, { language })) {
          if (m.result.ok) expect(text.slice(m.start, m.end)).toBe(m.result.value.wording);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
