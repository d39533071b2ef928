import * as chrono from "chrono-node";
import { dayNumber, type CalendarDay } from "./calendar";
import {
  anchorReference,
  publicationReference,
  type DateCandidate,
  type Span,
  type SpanContext,
  type SpanFailure,
} from "./date-span";
import type { DateReference } from "./types";
import type { RuleTable } from "./rule-types";

// chrono reads day-level dates well ("February 27-29, 1988", "13 to 20 January 1990", ISO,
// "29-02-2024 15:03:37"). Its casual mode also reads "night" or "at 20" as times today, and it
// gives month-level dates as their first day, so only strict results naming a day are used.
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1));
// Even strict mode reads "two days after" or "in the second" as days counted from the reference;
// a calendar date names a month or is written in figures (1990-01-13, 20.01.1990).
const NAMES_A_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[-./]\d{1,2}[-./]\d{1,4}/i;

const GLUED_MONTH =
  /\p{Ll}(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/gu;

/** Day-level dates and day ranges chrono finds in text. */
export function chronoCandidates(text: string, rules: RuleTable): DateCandidate[] {
  let results: chrono.ParsedResult[];
  try {
    // chrono reads "January 12-19, 1990" but not "January 12–19, 1990": dashes become hyphens,
    // one character for one, so offsets stay those of the text.
    // A mirror's infobox glues its label to the date ("DateFebruary 27 – March 1, 1988"): the
    // label's last letter becomes a space, again one character for one.
    const readable = text.replace(/[–—‐‑]/g, "-").replace(GLUED_MONTH, " ");
    results = chrono.strict.parse(readable, FIXED_REFERENCE);
  } catch {
    // A third-party parser must not make ours throw; its dates are then simply not found.
    return [];
  }
  const candidates: DateCandidate[] = [];
  for (const result of results) {
    const { start, end } = result;
    if (!start.isCertain("day") || !start.isCertain("month") || !NAMES_A_DAY.test(result.text))
      continue;
    if (end && (!end.isCertain("day") || !end.isCertain("month"))) continue;
    const yearKnown = start.isCertain("year") || (end?.isCertain("year") ?? false);
    const first = componentsOf(start);
    const last = end ? componentsOf(end) : first;
    const isRange = dayNumber(first) !== dayNumber(last);
    const rule = isRange ? "date.day-range" : "date.day";
    if (!rules[rule]) continue;
    candidates.push({
      start: result.index,
      end: result.index + result.text.length,
      resolve: (context) =>
        yearKnown
          ? { first, last, precision: "day", rule }
          : implyYear(first, last, rule, context, rules),
    });
  }
  return candidates;
}

function componentsOf(component: chrono.ParsedComponents): CalendarDay {
  return {
    year: component.get("year") ?? 2000,
    month: component.get("month") ?? 1,
    day: component.get("day") ?? 1,
  };
}

/** A day or day range written without a year, dated by `chooseYear` ("On February 28"). */
export function implyYear(
  first: CalendarDay,
  last: CalendarDay,
  rule: string,
  context: SpanContext,
  rules: RuleTable,
): Span | SpanFailure {
  const wraps = last.month < first.month || (last.month === first.month && last.day < first.day);
  const chosen = chooseYear(first, context, rules);
  if ("code" in chosen) return chosen;
  const { year, id, reference } = chosen;
  return {
    first: { ...first, year },
    last: { ...last, year: wraps ? year + 1 : year },
    precision: "day",
    rule: `${id}+${rule}`,
    reference,
  };
}

/**
 * The year of a day or month written without one ("On February 28", "since May"): from the
 * passage ("February 26, 1988" earlier), else from the nearest earlier dated expression in its
 * section, else from the source's date (the latest such day on or before it; with `strict`, as
 * in "last November", before its month). With a publication date, a section date counts only
 * when it dates the text's own story (see `follows`): "January 14, 1990, Sunday" above a reposted
 * wire report does; a background year ("in 1923") must not pull a dated report's "Feb. 28" into
 * the past.
 */
// With a publication date, a section date counts only as the text dating its own story: a day
// it follows within the year ("February 27, 1988" … "On February 28"), or the month it names
// ("In February 1988" … "On February 28"); not a background year.
function follows(
  first: { month: number; day: number },
  anchor: Span,
  hasReference: boolean,
): boolean {
  if (!hasReference) return true;
  const start = anchor.first;
  if (!start) return false;
  if (anchor.precision === "month") return first.month === start.month;
  return dayNumber({ ...first, year: start.year }) >= dayNumber(start);
}

export function chooseYear(
  first: { month: number; day: number },
  context: SpanContext,
  rules: RuleTable,
  strict = false,
): { year: number; id: string; reference: DateReference } | SpanFailure {
  const previous = context.previous;
  const previousDay = previous?.last ?? previous?.first;
  if (previous && previousDay && rules["implied.year-from-passage"])
    return {
      year: previousDay.year,
      id: "implied.year-from-passage",
      reference: anchorReference("passage", previous),
    };
  const reference = context.reference;
  const hasReference = reference !== null && Number.isInteger(reference.year);
  const anchor = hasReference ? context.section?.dayOrMonth : context.section?.any;
  const anchorDay = anchor?.last ?? anchor?.first;
  if (
    anchor &&
    anchorDay &&
    rules["implied.year-from-section"] &&
    follows(first, anchor, hasReference)
  )
    return {
      year: anchorDay.year,
      id: "implied.year-from-section",
      reference: anchorReference("section", anchor),
    };
  if (reference && hasReference && rules["implied.year-from-reference"]) {
    const refMonth = reference.month ?? 12;
    const refDay = reference.day ?? 31;
    const after =
      first.month > refMonth || (first.month === refMonth && (strict || first.day > refDay));
    return {
      year: after ? reference.year - 1 : reference.year,
      id: "implied.year-from-reference",
      reference: publicationReference(reference),
    };
  }
  return {
    code: "needs-reference-date",
    reason: "has no year, and neither the passage, its section nor a publication date gives one",
  };
}
