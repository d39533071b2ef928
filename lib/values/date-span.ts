import {
  dayNumber,
  calendarDay,
  daysInMonth,
  isoDay,
  shiftCalendar,
  type CalendarDay,
} from "./calendar";
import type { DatePrecision, DateReference, ParseFailureCode, ReferenceDate } from "./types";

/** Days a date expression covers, before it becomes a DateValue. */
export interface Span {
  first: CalendarDay | null;
  last: CalendarDay | null;
  precision: DatePrecision;
  rule: string;
  relative?: boolean;
  /** What a relative span was counted from. */
  reference?: DateReference;
  /** The words of the expression, once found in text (kept for spans others count from). */
  wording?: string;
}

export type SpanFailure = { code: ParseFailureCode; reason: string };

/**
 * What a date expression may lean on: the source's date, the previous date in the passage, and
 * the nearest earlier dates with a year in the same section of the source, before the passage.
 */
export interface SpanContext {
  reference: ReferenceDate | null;
  previous: Span | null;
  section?: SectionAnchors;
}

/** The nearest earlier dates with an explicit year in the section before the passage. */
export interface SectionAnchors {
  /** The nearest one of any precision ("in 1990", "February 26, 1988"). */
  any: Span | null;
  /** The nearest date of any kind, its year written or inferred ("On February 28" after "1988"). */
  latest: Span | null;
  /** The nearest one known to the day ("On February 27, 1988, mobs …"). */
  day: Span | null;
  /** The nearest one known to the day or to a single month ("In February 1988"). */
  dayOrMonth: Span | null;
  /**
   * The nearest one known to the day on a line of its own, as a dateline ("January 14, 1990,
   * Sunday", "Pittsburgh Post-Gazette – Jan 18, 1990"): the day the text itself was written.
   */
  dateline: Span | null;
}

/** A date expression found in text; `resolve` turns it into days once the context is known. */
export interface DateCandidate {
  start: number;
  end: number;
  resolve: (context: SpanContext) => Span | SpanFailure;
}

export type TimeUnit = "day" | "week" | "month" | "year" | "decade";

const ORDER: DatePrecision[] = ["day", "month", "season", "year", "decade"];

/** The coarser of two precisions. */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** The precision a time unit gives ("3 weeks ago" is known to the day). */
export function unitPrecision(unit: TimeUnit): DatePrecision {
  if (unit === "day" || unit === "week") return "day";
  return unit === "month" ? "month" : "year";
}

/** A span from the first day of one month to the last day of another. */
export function monthSpan(
  year: number,
  month: number,
  lastYear: number,
  lastMonth: number,
): Pick<Span, "first" | "last"> {
  return {
    first: { year, month, day: 1 },
    last: { year: lastYear, month: lastMonth, day: daysInMonth(lastYear, lastMonth) },
  };
}

/** Widens a span outwards to whole units of a precision (a day in May 1990 → all of 1990). */
export function widen(span: Span, precision: DatePrecision): Span {
  const first = span.first && startOf(span.first, precision);
  const last = span.last && endOf(span.last, precision);
  return { ...span, first, last, precision };
}

/** Moves both ends of a span by a number of units (negative: into the past). */
export function shiftSpan(span: Span, unit: TimeUnit, amount: number): Span {
  const move = (day: CalendarDay | null) => (day ? shiftDay(day, unit, amount) : null);
  return { ...span, first: move(span.first), last: move(span.last) };
}

/** The span of days a reference date covers (2023-01 → all of January 2023), or null when invalid. */
export function referenceSpan(reference: ReferenceDate): Span | null {
  const { year, month, day } = reference;
  if (!Number.isInteger(year)) return null;
  if (month === undefined)
    return { ...monthSpan(year, 1, year, 12), precision: "year", rule: "reference" };
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined)
    return { ...monthSpan(year, month, year, month), precision: "month", rule: "reference" };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  const only = { year, month, day };
  return { first: only, last: only, precision: "day", rule: "reference" };
}

/** The publication date as a reference for the editor to check ("1988-03-05", "1988-03", "1988"). */
export function publicationReference(reference: ReferenceDate): DateReference {
  const pad = (n: number) => String(n).padStart(2, "0");
  const { year, month, day } = reference;
  const wording =
    month === undefined
      ? `${year}`
      : day === undefined
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(day)}`;
  return { kind: "publication", wording };
}

/** An earlier date in the passage or its section as the reference of a relative date. */
export function anchorReference(kind: "passage" | "section", anchor: Span): DateReference {
  return { kind, wording: anchor.wording ?? describeAnchor(anchor) };
}

/** "YYYY-MM-DD" of a day, or null for an open end. */
export function isoOrNull(day: CalendarDay | null): string | null {
  return day ? isoDay(day) : null;
}

function shiftDay(day: CalendarDay, unit: TimeUnit, amount: number): CalendarDay {
  if (unit === "day" || unit === "week")
    return calendarDay(dayNumber(day) + amount * (unit === "week" ? 7 : 1));
  if (unit === "month") return shiftCalendar(day, 0, amount);
  return shiftCalendar(day, amount * (unit === "decade" ? 10 : 1), 0);
}

function startOf(day: CalendarDay, precision: DatePrecision): CalendarDay {
  if (precision === "day" || precision === "season") return day;
  if (precision === "month") return { ...day, day: 1 };
  const year = precision === "decade" ? day.year - mod(day.year, 10) : day.year;
  return { year, month: 1, day: 1 };
}

function endOf(day: CalendarDay, precision: DatePrecision): CalendarDay {
  if (precision === "day" || precision === "season") return day;
  if (precision === "month") return { ...day, day: daysInMonth(day.year, day.month) };
  const year = precision === "decade" ? day.year - mod(day.year, 10) + 9 : day.year;
  return { year, month: 12, day: 31 };
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

function describeAnchor(anchor: Span): string {
  const first = anchor.first ? isoDay(anchor.first) : "…";
  const last = anchor.last ? isoDay(anchor.last) : "…";
  return first === last ? first : `${first}…${last}`;
}
