import { dayNumber, daysInMonth, type CalendarDay } from "./calendar";
import { implyYear } from "./date-chrono";
import { monthSpan, type DateCandidate, type Span } from "./date-span";
import type { Lexicon } from "./lexicon";
import { phrasesOf } from "./phrase-match";
import { rulesOfKind, type RuleTable } from "./rule-types";
import { tokenize } from "./tokenize";
import { isLikelyYear } from "./year-heuristic";

// Dates as the other languages write them: "13 de enero de 1990", "du 13 au 20 janvier 1990",
// "vom 13. bis 20. Januar 1990", "с 13 по 20 января 1990 года", "novembre 1988", "años 80".
const SP = String.raw`[\s\u00a0]+`;
const DAY = String.raw`(\d{1,2})(?:\.|º|°|ª|er|ᵉʳ|-?го|-е)?`;
const YEAR = String.raw`(\d{4})(?:${SP}(?:года|году|год|гг?\.))?`;
const OF = String.raw`(?:${SP}(?:de|del|di|dell'|of))?${SP}`;
// Between a day and its month: "13 de enero", "13. Januar", and "28.Februar" written glued.
const DM = String.raw`(?:${OF}|(?<=\.))`;
const ART = String.raw`(?:(?:el|le|les|il|dem|the|o|os|la|l')${SP})?`;
const OPEN = String.raw`(?:(?:del|du|des|dal|dai|dalle|vom|von|с|со|de|d'|entre|tra|fra|zwischen|между|desde|from|between)${SP})`;
const JOIN = String.raw`(?:(?:${SP})?[-–—‐](?:${SP})?|${SP}(?:al|au|aux|a|à|bis|zum|по|y|et|e|und|и|до|to|ao|hasta|jusqu'au)${SP})`;
const LIST = String.raw`(?:,(?:${SP})?\d{1,2}(?:\.|º|er)?)*`;

/** Month-, day-, season-, year- and decade-level dates in a language other than English. */
export function localDateCandidates(
  text: string,
  rules: RuleTable,
  lexicon: Lexicon,
): DateCandidate[] {
  const month = monthPattern(lexicon);
  const found: DateCandidate[] = [];
  const fixed = (start: number, end: number, span: Span | null) => {
    if (span && rules[span.rule]) found.push({ start, end, resolve: () => span });
  };
  const m = (source: string) => new RegExp(source, "giu");
  const monthOf = (word: string | undefined) =>
    lexicon.months.get((word ?? "").toLowerCase().replace(/\.$/, "")) ?? null;

  // Two days in two months: "del 27 de febrero al 1 de marzo de 1988".
  for (const x of text.matchAll(
    m(
      String.raw`(?<![\p{L}\d])${OPEN}?${ART}${DAY}${DM}(${month})(?:${OF}${YEAR})?${JOIN}${ART}${DAY}${DM}(${month})${OF}${YEAR}(?![\p{L}\d])`,
    ),
  )) {
    const [m1, m2, y2] = [monthOf(x[2]), monthOf(x[5]), Number(x[6])];
    const y1 = x[3] ? Number(x[3]) : m1 !== null && m2 !== null && m1 > m2 ? y2 - 1 : y2;
    if (m1 === null || m2 === null) continue;
    fixed(
      x.index,
      x.index + x[0].length,
      days({ year: y1, month: m1, day: Number(x[1]) }, { year: y2, month: m2, day: Number(x[4]) }),
    );
  }
  // Days of one month: "du 13 au 20 janvier 1990", "des 27, 28 et 29 février 1988".
  for (const x of text.matchAll(
    m(
      String.raw`(?<![\p{L}\d])${OPEN}?${ART}${DAY}${LIST}${JOIN}${ART}${DAY}${DM}(${month})(?:${OF}${YEAR})?(?![\p{L}\d])`,
    ),
  )) {
    const mo = monthOf(x[3]);
    if (mo === null) continue;
    const [d1, d2] = [Number(x[1]), Number(x[2])];
    if (x[4]) {
      const year = Number(x[4]);
      fixed(
        x.index,
        x.index + x[0].length,
        days({ year, month: mo, day: d1 }, { year, month: mo, day: d2 }),
      );
    } else if (d1 < d2 && d2 <= daysInMonth(2000, mo)) {
      yearless(
        found,
        rules,
        x.index,
        x[0].length,
        { year: 2000, month: mo, day: d1 },
        { year: 2000, month: mo, day: d2 },
      );
    }
  }
  // One day: "13 de enero de 1990", "13. Januar 1990", "1er mars 1988", "el 28 de febrero".
  for (const x of text.matchAll(
    m(String.raw`(?<![\p{L}\d])${DAY}${DM}(${month})(?:,?${OF}${YEAR})?(?![\p{L}\d])`),
  )) {
    const mo = monthOf(x[2]);
    const day = Number(x[1]);
    if (mo === null || day < 1 || day > daysInMonth(x[3] ? Number(x[3]) : 2000, mo)) continue;
    if (x[3]) {
      const at = { year: Number(x[3]), month: mo, day };
      fixed(x.index, x.index + x[0].length, days(at, at));
    } else {
      const at = { year: 2000, month: mo, day };
      yearless(found, rules, x.index, x[0].length, at, at);
    }
  }
  for (const x of text.matchAll(/(?<![\d.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu)) {
    const at = { year: Number(x[1]), month: Number(x[2]), day: Number(x[3]) };
    fixed(x.index, x.index + x[0].length, days(at, at));
  }
  // Day-first figures: "20.01.1990", "20/01/1990".
  for (const x of text.matchAll(/(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d.])/gu)) {
    const [day, mo, year] = [Number(x[1]), Number(x[2]), Number(x[3])];
    if (mo < 1 || mo > 12 || day < 1 || day > daysInMonth(year, mo)) continue;
    const at = { year, month: mo, day };
    fixed(x.index, x.index + x[0].length, days(at, at));
  }
  // Months: "de abril a agosto de 1991", "von April bis August 1991", "novembre 1988".
  for (const x of text.matchAll(
    m(
      String.raw`(?<![\p{L}\d])${OPEN}?(${month})(?:${OF}${YEAR})?${JOIN}(${month})${OF}${YEAR}(?![\p{L}\d])`,
    ),
  )) {
    const [m1, m2, y2] = [monthOf(x[1]), monthOf(x[3]), Number(x[4])];
    const y1 = x[2] ? Number(x[2]) : m1 !== null && m2 !== null && m1 > m2 ? y2 - 1 : y2;
    if (m1 === null || m2 === null || y1 * 12 + m1 >= y2 * 12 + m2 || !isYear(y1)) continue;
    fixed(x.index, x.index + x[0].length, {
      ...monthSpan(y1, m1, y2, m2),
      precision: "month",
      rule: "date.month-range",
    });
  }
  for (const x of text.matchAll(m(String.raw`(?<![\p{L}\d])(${month})${OF}${YEAR}(?![\p{L}\d])`))) {
    const [mo, year] = [monthOf(x[1]), Number(x[2])];
    if (mo === null || !isYear(year)) continue;
    fixed(x.index, x.index + x[0].length, {
      ...monthSpan(year, mo, year, mo),
      precision: "month",
      rule: "date.month",
    });
  }
  // Years: "de 1988 a 1990", "von 1988 bis 1990", "с 1988 по 1990 год", "1988-1990".
  for (const x of text.matchAll(
    m(
      String.raw`(?<![\p{L}\d])${OPEN}?${ART}(\d{4})${JOIN}${ART}(\d{4})(?:${SP}(?:годы|годах|годов|гг?\.))?(?![\p{L}\d]|[.,]\d)`,
    ),
  )) {
    const [y1, y2] = [Number(x[1]), Number(x[2])];
    if (!isYear(y1) || !isYear(y2) || y2 <= y1) continue;
    fixed(x.index, x.index + x[0].length, {
      ...monthSpan(y1, 1, y2, 12),
      precision: "year",
      rule: "date.year-range",
    });
  }
  found.push(
    ...decades(text, rules),
    ...seasons(text, rules, lexicon),
    ...years(text, rules, lexicon),
  );
  return found;
}

// "los años 80", "les années 1980", "gli anni '80", "die 1980er Jahre", "80-е годы", "anos 80".
const DECADE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:los${SP}|las${SP}|les${SP}|gli${SP}|os${SP})?(?:años|années|anni|anos|decenio${SP}de|década${SP}de)${SP}['’]?(\d{2}|\d{4})|(\d{2}|\d{4})er(?:${SP}jahre[n]?)?|(\d{2}|\d{4})-(?:е|х)(?:${SP}(?:годы|годов|годах))?)(?![\p{L}\d])`,
  "giu",
);

function decades(text: string, rules: RuleTable): DateCandidate[] {
  if (!rules["date.decade"]) return [];
  const found: DateCandidate[] = [];
  for (const x of text.matchAll(DECADE)) {
    const digits = x[1] ?? x[2] ?? x[3] ?? "";
    // A two-digit decade ("años 80") is read in the 1900s, as these sources mostly mean.
    const year = digits.length === 2 ? 1900 + Number(digits) : Number(digits);
    if (year % 10 !== 0 || !isYear(year)) continue;
    const span: Span = {
      ...monthSpan(year, 1, year + 9, 12),
      precision: "decade",
      rule: "date.decade",
    };
    found.push({ start: x.index, end: x.index + x[0].length, resolve: () => span });
  }
  return found;
}

function seasons(text: string, rules: RuleTable, lexicon: Lexicon): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const { id, rule } of rulesOfKind(rules, "season")) {
    const words = phrasesOf(rule, lexicon.language).map(escape).join("|");
    if (!words) continue;
    const pattern = new RegExp(
      String.raw`(?<![\p{L}\d])(?:${words})${OF}${YEAR}(?![\p{L}\d])`,
      "giu",
    );
    for (const x of text.matchAll(pattern)) {
      const year = Number(x[1]);
      const [from, to] = rule.months;
      if (!isYear(year) || from < 1 || from > 12 || to < 1 || to > 12) continue;
      const span = monthSpan(from > to ? year - 1 : year, from, year, to);
      found.push({
        start: x.index,
        end: x.index + x[0].length,
        resolve: () => ({ ...span, precision: "season", rule: id }),
      });
    }
  }
  return found;
}

function years(text: string, rules: RuleTable, lexicon: Lexicon): DateCandidate[] {
  if (!rules["date.year"]) return [];
  const tokens = tokenize(text, lexicon.elisions);
  const found: DateCandidate[] = [];
  tokens.forEach((tok, i) => {
    if (tok.suffix !== "" || !isLikelyYear(tokens, i, lexicon)) return;
    const year = Number(tok.text);
    const span: Span = { ...monthSpan(year, 1, year, 12), precision: "year", rule: "date.year" };
    found.push({ start: tok.start, end: tok.end, resolve: () => span });
  });
  return found;
}

function days(first: CalendarDay, last: CalendarDay): Span | null {
  for (const d of [first, last]) {
    if (
      !isYear(d.year) ||
      d.month < 1 ||
      d.month > 12 ||
      d.day < 1 ||
      d.day > daysInMonth(d.year, d.month)
    )
      return null;
  }
  const range = dayNumber(first) !== dayNumber(last);
  if (range && dayNumber(first) > dayNumber(last)) return null;
  return { first, last, precision: "day", rule: range ? "date.day-range" : "date.day" };
}

// "el 28 de febrero" takes its year from the passage, else from the source's date.
function yearless(
  found: DateCandidate[],
  rules: RuleTable,
  start: number,
  length: number,
  first: CalendarDay,
  last: CalendarDay,
) {
  const rule = dayNumber(first) === dayNumber(last) ? "date.day" : "date.day-range";
  if (!rules[rule]) return;
  found.push({
    start,
    end: start + length,
    resolve: (context) => implyYear(first, last, rule, context, rules),
  });
}

const patterns = new WeakMap<Lexicon, string>();

function monthPattern(lexicon: Lexicon): string {
  let pattern = patterns.get(lexicon);
  if (!pattern) {
    const names = [...lexicon.months.keys()].sort((a, b) => b.length - a.length).map(escape);
    pattern = `(?:${names.join("|")})\\.?`;
    patterns.set(lexicon, pattern);
  }
  return pattern;
}

function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 2999;
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, SP);
}
