import { calendarDay, dayNumber, type CalendarDay } from "./calendar";
import {
  anchorReference,
  publicationReference,
  referenceSpan,
  type DateCandidate,
  type Span,
  type SpanContext,
  type SpanFailure,
} from "./date-span";
import { ruleById, type RuleTable } from "./rule-types";
import { tokenize, type Token } from "./tokenize";
import type { DateReference } from "./types";
import { wordSet } from "./word-set";

// Weekday names, 0 = Sunday. English and German write them capitalised; the others in lower
// case, so "Domingo" (a name) or "Mars" is not read as a day.
const CAPITALISED = indexed([
  "sunday monday tuesday wednesday thursday friday saturday",
  "sonntag montag dienstag mittwoch donnerstag freitag samstag",
]);
const LOWER_CASE = indexed([
  "domingo lunes martes miércoles jueves viernes sábado",
  "dimanche lundi mardi mercredi jeudi vendredi samedi",
  "domenica lunedì martedì mercoledì giovedì venerdì sabato",
  "domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado",
  "воскресенье понедельник вторник среду четверг пятницу субботу",
  "воскресенья понедельника вторника среды четверга пятницы субботы",
]);
const LAST_BEFORE = wordSet(
  "last past letzten letzte vergangenen vergangene прошлое прошлый прошлую прошлой pasado pasada scorso scorsa último última",
);
const LAST_AFTER = wordSet("pasado pasada dernier dernière scorso scorsa passado passada");
const FUTURE = wordSet(
  "next coming will nächsten kommenden prochain prochaine próximo próxima prossimo prossima следующий следующее следующую",
);
// "Bloody Sunday", "Good Friday", "the Sunday Times": names, not days of a dated report.
const NAMES_BEFORE = wordSet("black good bloody holy palm easter ash maundy super cyber");
const NAMES_AFTER = wordSet(
  "times telegraph mirror express herald post observer independent school mass service services newspaper paper edition supplement",
);
const MONTH_OR_DAY = /^[\s,]*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Weekdays in a dated report ("imposed a curfew Monday", "last Sunday's riots"): the most recent
 * such day on or before the publication date ("last": strictly before), by `relative.weekday`.
 */
export function weekdayCandidates(text: string, rules: RuleTable): DateCandidate[] {
  if (!rules["relative.weekday"]) return [];
  const tokens = tokenize(text);
  const found: DateCandidate[] = [];
  tokens.forEach((token, i) => {
    const read = weekdayAt(token);
    if (!read || isName(text, tokens, i)) return;
    const before = tokens[i - 1]?.lower ?? "";
    const after = tokens[i + 1]?.lower ?? "";
    const lead = LAST_BEFORE.has(before) ? 1 : 0;
    const trail = LAST_AFTER.has(after) ? 1 : 0;
    const future =
      [1, 2, 3, 4].some((k) => FUTURE.has(tokens[i - k]?.lower ?? "")) || FUTURE.has(after);
    if (future) return;
    const start = (tokens[i - lead] as Token).start;
    const end = trail ? (tokens[i + 1] as Token).end : token.start + read.length;
    const strict = lead + trail > 0;
    found.push({
      start,
      end,
      resolve: (context) => resolveWeekday(read.weekday, strict, context, rules),
    });
  });
  return found;
}

function weekdayAt(token: Token): { weekday: number; length: number } | null {
  if (token.kind !== "word") return null;
  // "Sunday's riots": the possessive is not part of the day.
  const word = token.lower.replace(/'s$/, "");
  const capital = CAPITALISED.get(word);
  if (capital !== undefined && /^\p{Lu}/u.test(token.text))
    return { weekday: capital, length: word.length };
  const lower = LOWER_CASE.get(word);
  if (lower !== undefined && token.text === token.lower)
    return { weekday: lower, length: word.length };
  return null;
}

function isName(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return (
    NAMES_BEFORE.has(tokens[i - 1]?.lower ?? "") ||
    NAMES_AFTER.has(tokens[i + 1]?.lower ?? "") ||
    MONTH_OR_DAY.test(text.slice(token.end, token.end + 6)) ||
    // "January 14, 1990, Sunday": a dateline's weekday adds nothing to its date.
    /\d[\s,]*$/.test(text.slice(Math.max(0, token.start - 4), token.start))
  );
}

function resolveWeekday(
  weekday: number,
  strict: boolean,
  context: SpanContext,
  rules: RuleTable,
): Span | SpanFailure {
  if (!ruleById(rules, "relative.weekday", "relative"))
    return {
      code: "not-recognised",
      reason: "needs the rule relative.weekday, which is switched off",
    };
  const day = newsDay(context);
  if ("code" in day) return day;
  const back = (edge: CalendarDay | null) =>
    edge && calendarDay(onOrBefore(dayNumber(edge), weekday, strict));
  return {
    first: back(day.first),
    last: back(day.last),
    precision: "day",
    rule: "relative.weekday",
    relative: true,
    reference: day.reference,
  };
}

/**
 * The day a news text was written, which its weekdays and "yesterday" count from: the
 * publication date; but a reposted or undated text that dates itself (a dateline over a year
 * before the publication date, or with none) counts from its dateline. A publication date known
 * only to the month gives every day of that month.
 */
export function newsDay(context: SpanContext): (Span & { reference: DateReference }) | SpanFailure {
  const published = context.reference ? referenceSpan(context.reference) : null;
  const dateline = context.section?.dateline ?? null;
  const datelineDay = dateline?.first ? dayNumber(dateline.first) : null;
  const publishedFirst = published?.first ? dayNumber(published.first) : null;
  if (
    dateline &&
    datelineDay !== null &&
    (publishedFirst === null || publishedFirst - datelineDay > 366)
  )
    return { ...dateline, reference: anchorReference("section", dateline) };
  if (
    !published?.first ||
    !published.last ||
    published.precision === "year" ||
    !context.reference
  ) {
    return {
      code: "needs-reference-date",
      reason:
        "counts from the day the text was written, and needs a publication date known to the day (or the month)",
    };
  }
  return { ...published, reference: publicationReference(context.reference) };
}

/** The day number of the latest `weekday` on or before `day` (strictly before when `strict`). */
export function onOrBefore(day: number, weekday: number, strict: boolean): number {
  // Day 0, 1970-01-01, was a Thursday (4).
  const dayOfWeek = (((day + 4) % 7) + 7) % 7;
  const back = (dayOfWeek - weekday + 7) % 7;
  return day - (strict && back === 0 ? 7 : back);
}

function indexed(lists: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const list of lists) list.split(" ").forEach((word, index) => map.set(word, index));
  return map;
}
