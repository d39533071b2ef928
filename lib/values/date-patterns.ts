import { daysInMonth, monthNumber } from "./calendar";
import { monthSpan, type DateCandidate, type Span } from "./date-span";
import { rulesOfKind, type RuleTable } from "./rule-types";
import { tokenize } from "./tokenize";
import { isLikelyYear } from "./year-heuristic";

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DASH = String.raw`\s*(?:-|–|—|‐)\s*`;
const JOIN = String.raw`(?:${DASH}|\s+(?:to|until|till|through)\s+)`;
const SP = String.raw`[\s\u00a0]+`;

const MONTH_RANGE = new RegExp(
  String.raw`\b(?:between${SP})?(${MONTH})(?:${SP}(\d{4}))?(?:${JOIN}|${SP}and${SP})(${MONTH}),?${SP}(\d{4})\b`,
  "giu",
);
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH}),?${SP}(?:of${SP})?(\d{4})\b`, "giu");
const YEAR_RANGE = new RegExp(
  String.raw`\b(?:between${SP}(\d{4})${SP}and${SP}(\d{4})|(\d{4})${JOIN}(\d{4}|\d{2}))\b(?![.,]\d)`,
  "giu",
);
// chrono reads only the end of "between 13 and 20 January 1990".
const DAYS_BETWEEN = new RegExp(
  String.raw`\bbetween${SP}(\d{1,2})${SP}and${SP}(\d{1,2})${SP}(${MONTH}),?${SP}(\d{4})\b|\bbetween${SP}(${MONTH})${SP}(\d{1,2})${SP}and${SP}(\d{1,2}),?${SP}(\d{4})\b`,
  "giu",
);
const DECADE = new RegExp(String.raw`\b(?:the${SP})?(\d{3}0)'?s\b`, "giu");

/** Month-, season-, year- and decade-level dates, which chrono misses or reads as single days. */
export function patternCandidates(text: string, rules: RuleTable): DateCandidate[] {
  const found: DateCandidate[] = [];
  const add = (start: number, end: number, span: Span | null) => {
    if (span && rules[span.rule]) found.push({ start, end, resolve: () => span });
  };
  for (const m of text.matchAll(MONTH_RANGE)) {
    const [m1, m2, y2] = [monthNumber(m[1] ?? ""), monthNumber(m[3] ?? ""), Number(m[4])];
    const y1 = m[2] ? Number(m[2]) : m1 !== null && m2 !== null && m1 > m2 ? y2 - 1 : y2;
    if (m1 === null || m2 === null || !isYear(y1) || !isYear(y2)) continue;
    if (y1 * 12 + m1 >= y2 * 12 + m2) continue;
    add(m.index, m.index + m[0].length, {
      ...monthSpan(y1, m1, y2, m2),
      precision: "month",
      rule: "date.month-range",
    });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const [month, year] = [monthNumber(m[1] ?? ""), Number(m[2])];
    if (month === null || !isYear(year) || (m[1]?.toLowerCase() === "may" && !/^May/.test(m[1])))
      continue;
    add(m.index, m.index + m[0].length, {
      ...monthSpan(year, month, year, month),
      precision: "month",
      rule: "date.month",
    });
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const span = yearRange(m[1] ?? m[3] ?? "", m[2] ?? m[4] ?? "");
    if (span) add(m.index, m.index + m[0].length, span);
  }
  for (const m of text.matchAll(DAYS_BETWEEN)) {
    const [d1, d2, month, year] = m[1] ? [m[1], m[2], m[3], m[4]] : [m[6], m[7], m[5], m[8]];
    add(
      m.index,
      m.index + m[0].length,
      dayRange(Number(year), monthNumber(month ?? ""), Number(d1), Number(d2)),
    );
  }
  for (const m of text.matchAll(DECADE)) {
    const year = Number(m[1]);
    if (isYear(year))
      add(m.index, m.index + m[0].length, {
        ...monthSpan(year, 1, year + 9, 12),
        precision: "decade",
        rule: "date.decade",
      });
  }
  found.push(...seasonCandidates(text, rules), ...yearCandidates(text, rules));
  return found;
}

// "1991-94" and "1988-1990" are year ranges; "2016-04" is a month in ISO form (04 < 16).
function yearRange(from: string, to: string): Span | null {
  const y1 = Number(from);
  if (!isYear(y1)) return null;
  if (to.length === 2) {
    const short = Number(to);
    if (short > y1 % 100) return yearSpan(y1, y1 - (y1 % 100) + short);
    return short >= 1 && short <= 12
      ? { ...monthSpan(y1, short, y1, short), precision: "month", rule: "date.month" }
      : null;
  }
  const y2 = Number(to);
  return isYear(y2) && y2 > y1 ? yearSpan(y1, y2) : null;
}

function dayRange(year: number, month: number | null, from: number, to: number): Span | null {
  if (month === null || !isYear(year) || from < 1 || from >= to || to > daysInMonth(year, month))
    return null;
  return {
    first: { year, month, day: from },
    last: { year, month, day: to },
    precision: "day",
    rule: "date.day-range",
  };
}

function yearSpan(y1: number, y2: number): Span {
  return {
    ...monthSpan(y1, 1, y2, 12),
    precision: "year",
    rule: y1 === y2 ? "date.year" : "date.year-range",
  };
}

function seasonCandidates(text: string, rules: RuleTable): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const { id, rule } of rulesOfKind(rules, "season")) {
    const words = rule.phrases.map(escape).join("|");
    if (!words) continue;
    const pattern = new RegExp(
      String.raw`\b(?:the${SP})?(?:${words}),?${SP}(?:of${SP})?(\d{4})\b`,
      "giu",
    );
    for (const m of text.matchAll(pattern)) {
      const year = Number(m[1]);
      const [from, to] = rule.months;
      if (!isYear(year) || from < 1 || from > 12 || to < 1 || to > 12) continue;
      const span = monthSpan(from > to ? year - 1 : year, from, year, to);
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        resolve: () => ({ ...span, precision: "season", rule: id }),
      });
    }
  }
  return found;
}

function yearCandidates(text: string, rules: RuleTable): DateCandidate[] {
  if (!rules["date.year"]) return [];
  const tokens = tokenize(text);
  const found: DateCandidate[] = [];
  tokens.forEach((tok, i) => {
    if (tok.suffix !== "" || !isLikelyYear(tokens, i)) return;
    const span = yearSpan(Number(tok.text), Number(tok.text));
    found.push({ start: tok.start, end: tok.end, resolve: () => span });
  });
  return found;
}

function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 2999;
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, SP);
}
