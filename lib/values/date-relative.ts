import { calendarDay, dayNumber, type CalendarDay } from "./calendar";
import type { DateCandidate, TimeUnit } from "./date-span";
import { newsDay } from "./date-weekday";
import { ordinalValue, readNumber } from "./read-number";
import { fromPrevious, fromReference } from "./relative-resolve";
import { ruleById, type RuleTable } from "./rule-types";
import { tokenize, type Token } from "./tokenize";

type Hit = { from: number; to: number; resolve: DateCandidate["resolve"] };
type Matcher = (text: string, tokens: Token[], i: number, rules: RuleTable) => Hit | null;

const UNITS = new Map<string, TimeUnit>(
  (["day", "week", "month", "year", "decade"] as const).flatMap((u) => [
    [u, u],
    [`${u}s`, u],
  ]),
);
const LATER = new Map([
  ["later", 1],
  ["afterwards", 1],
  ["after", 1],
  ["earlier", -1],
  ["before", -1],
]);
const NEIGHBOUR = new Map([
  ["following", 1],
  ["next", 1],
  ["previous", -1],
  ["preceding", -1],
  ["same", 0],
]);
const CALENDAR = new Map([
  ["last", -1],
  ["this", 0],
  ["next", 1],
]);

/** Relative dates: "Thirty-three years ago", "the 32nd anniversary", "a year later", "last year". */
export function relativeCandidates(text: string, rules: RuleTable): DateCandidate[] {
  const tokens = tokenize(text);
  const found: DateCandidate[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const hit = MATCHERS.reduce<Hit | null>(
      (done, match) => done ?? match(text, tokens, i, rules),
      null,
    );
    if (!hit) continue;
    found.push({
      start: (tokens[hit.from] as Token).start,
      end: (tokens[hit.to - 1] as Token).end,
      resolve: hit.resolve,
    });
  }
  return found;
}

// "Thirty-three years ago", "On this day 30 years ago", "a year later", "two days later".
const countedUnits: Matcher = (text, tokens, i, rules) => {
  const word = tokens[i]?.lower;
  const amount =
    readNumber(text, tokens, i) ??
    (word === "a" || word === "an" ? { value: 1, next: i + 1 } : null);
  const unit = amount && UNITS.get(tokens[amount.next]?.lower ?? "");
  if (!amount || !unit) return null;
  const direction = tokens[amount.next + 1]?.lower ?? "";
  const to = amount.next + 2;
  if (direction === "ago") {
    const lead = ["on", "this", "day"].every((w, k) => tokens[i - 3 + k]?.lower === w)
      ? 3
      : ["this", "day"].every((w, k) => tokens[i - 2 + k]?.lower === w)
        ? 2
        : 0;
    const id = lead ? "relative.on-this-day" : "relative.ago";
    return { from: i - lead, to, resolve: fromReference(id, unit, -amount.value, rules) };
  }
  const sign = LATER.get(direction);
  // "two days before the war" counts from an event, not a date; only a bare "before" is kept.
  if (
    sign === undefined ||
    ((direction === "before" || direction === "after") && !isClauseEnd(tokens[to]))
  )
    return null;
  return { from: i, to, resolve: fromPrevious(unit, amount.value * sign, rules) };
};

// "the next day", "the following year", "the previous year".
const neighbour: Matcher = (_text, tokens, i, rules) => {
  const sign = NEIGHBOUR.get(tokens[i + 1]?.lower ?? "");
  const unit = UNITS.get(tokens[i + 2]?.lower ?? "");
  if (tokens[i]?.lower !== "the" || sign === undefined || !unit) return null;
  return { from: i, to: i + 3, resolve: fromPrevious(unit, sign, rules) };
};

// "the 32nd anniversary", "the thirty-second anniversary".
const anniversary: Matcher = (_text, tokens, i, rules) => {
  const years = tokens[i] ? ordinalValue(tokens[i]) : null;
  if (years === null || tokens[i + 1]?.lower !== "anniversary") return null;
  const from = tokens[i - 1]?.lower === "the" ? i - 1 : i;
  return { from, to: i + 2, resolve: fromReference("relative.anniversary", "year", -years, rules) };
};

// "last year", "next month", "yesterday". "today" is left out: in news prose it mostly means
// "nowadays" ("which today is …"). "the last year" is the past twelve months and "the next
// year" counts from the passage, so only a bare "last year" counts from the reference.
const calendarWord: Matcher = (_text, tokens, i, rules) => {
  if (tokens[i]?.lower === "yesterday") return { from: i, to: i + 1, resolve: dayBefore(rules) };
  const sign = CALENDAR.get(tokens[i]?.lower ?? "");
  const unit = tokens[i + 1]?.lower;
  if (sign === undefined || (unit !== "year" && unit !== "month") || tokens[i - 1]?.lower === "the")
    return null;
  return { from: i, to: i + 2, resolve: fromReference("relative.calendar", unit, sign, rules) };
};

// "yesterday" in a news text is the day before it was written: before its publication date, or
// before its own dateline when it is reposted (see newsDay).
function dayBefore(rules: RuleTable): DateCandidate["resolve"] {
  return (context) => {
    if (!ruleById(rules, "relative.calendar", "relative"))
      return {
        code: "not-recognised",
        reason: "needs the rule relative.calendar, which is switched off",
      };
    const day = newsDay(context);
    if ("code" in day) return day;
    const back = (edge: CalendarDay | null) => edge && calendarDay(dayNumber(edge) - 1);
    const { reference, ...span } = day;
    return {
      ...span,
      first: back(span.first),
      last: back(span.last),
      precision: "day",
      rule: "relative.calendar",
      relative: true,
      reference,
    };
  };
}

const MATCHERS: Matcher[] = [countedUnits, neighbour, anniversary, calendarWord];

function isClauseEnd(token: Token | undefined): boolean {
  return !token || (token.kind === "punct" && /[,.;:!?)]/.test(token.text));
}
