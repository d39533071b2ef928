import { calendarDay, dayNumber, daysInMonth, type CalendarDay } from "./calendar";
import { monthSpan, type DateCandidate, type Span } from "./date-span";
import type { Lexicon } from "./lexicon";
import { english } from "./lexicons/en";
import { phrasesOf } from "./phrase-match";
import { rulesOfKind, type RuleOf, type RuleTable } from "./rule-types";

type Modifier = { id: string; rule: RuleOf<"part"> | RuleOf<"time-of-day"> | RuleOf<"open-bound"> };

/**
 * Extends a date found in text with the words before it that change its days, innermost first:
 * "late 1989", "the night of 20 January 1990", "by the summer of 1988", "from … to …".
 */
export function applyModifiers(
  text: string,
  candidate: DateCandidate,
  rules: RuleTable,
  lexicon: Lexicon = english,
): DateCandidate {
  let current = candidate;
  const articles = [...lexicon.articles];
  for (const kind of ["part", "time-of-day", "open-bound"] as const) {
    for (const { id, rule } of rulesOfKind(rules, kind)) {
      const start = precededBy(text, current.start, phrasesOf(rule, lexicon.language), articles);
      if (start === null) continue;
      const inner = current.resolve;
      current = {
        start,
        end: current.end,
        resolve: (context) => {
          const span = inner(context);
          return "code" in span
            ? span
            : { ...modify(span, { id, rule }), rule: `${id}+${span.rule}` };
        },
      };
      break;
    }
  }
  const peek = current.resolve({ reference: null, previous: null });
  const isRange =
    !("code" in peek) &&
    peek.first !== null &&
    peek.last !== null &&
    dayNumber(peek.first) !== dayNumber(peek.last);
  const from =
    lexicon.language === "en" && isRange && !/^(?:from|between)\b/i.test(text.slice(current.start))
      ? precededBy(text, current.start, ["from", "between"], articles)
      : null;
  return from === null ? current : { ...current, start: from };
}

function modify(span: Span, { rule }: Modifier): Omit<Span, "rule"> {
  const { first, last } = span;
  if (rule.kind === "open-bound") {
    if (rule.side === "before") {
      const end = rule.inclusive ? last : first && calendarDay(dayNumber(first) - 1);
      return { ...span, first: null, last: end };
    }
    const begin = rule.inclusive ? first : last && calendarDay(dayNumber(last) + 1);
    return { ...span, first: begin, last: null };
  }
  if (!first || !last) return span;
  // "the night of January 19–20" already names the morning after.
  if (rule.kind === "time-of-day") {
    return span.precision === "day" && dayNumber(first) === dayNumber(last)
      ? { ...span, last: calendarDay(dayNumber(last) + rule.extraDays) }
      : span;
  }
  if (span.rule.endsWith("date.year")) {
    return {
      ...span,
      ...monthSpan(first.year, rule.ofYear[0], first.year, rule.ofYear[1]),
      precision: "season",
    };
  }
  if (span.rule.endsWith("date.month")) {
    const end = Math.min(rule.ofMonth[1], daysInMonth(first.year, first.month));
    return {
      ...span,
      first: { ...first, day: rule.ofMonth[0] },
      last: { ...first, day: end } as CalendarDay,
    };
  }
  if (span.rule.endsWith("date.decade")) {
    return {
      ...span,
      ...monthSpan(first.year + rule.ofDecade[0], 1, first.year + rule.ofDecade[1], 12),
    };
  }
  return span;
}

/** Where a phrase ending just before `start` begins (allowing an article between), else null. */
function precededBy(
  text: string,
  start: number,
  phrases: readonly string[],
  articles: readonly string[],
): number | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const offset = start - before.length;
  for (const phrase of phrases) {
    const match = endingWith(phrase, articles).exec(before);
    if (match?.[1]) return offset + before.length - match[1].length;
  }
  return null;
}

// Compiled once per phrase: a long passage has thousands of dates to look behind.
const compiled = new Map<string, RegExp>();

function endingWith(phrase: string, articles: readonly string[]): RegExp {
  const key = `${phrase}|${articles.join(" ")}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    const words = phrase
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/ /g, "[\\s\\u00a0]+")
      .replace(/'/g, "['’]");
    // "mi-1989", "l'été", "d'avril": a phrase ending in a hyphen or an apostrophe is glued on.
    const gap = /[-'’]$/.test(phrase) ? "" : "[\\s\\u00a0]+";
    const article = articles.length
      ? `(?:(?:${articles.map((a) => a.replace(/'/g, "['’]")).join("|")})(?:[\\s\\u00a0]+|(?<=['’])))?`
      : "";
    pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${words}${gap}${article})$`, "iu");
    compiled.set(key, pattern);
  }
  return pattern;
}
