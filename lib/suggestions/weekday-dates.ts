import { calendarDay, dayNumber, isoDay } from "@/lib/values/calendar";
import type { ReferenceDate } from "@/lib/values/types";
import type { Span } from "./suggestion-types";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A day of the week in a news text ("came under attack Saturday"): a date the readers do not read. */
export interface WeekdayMatch extends Span {
  /** The day it most likely is, "YYYY-MM-DD", when the publication date is known to the day. */
  day: string | null;
}

/**
 * Every weekday name outside the dates the readers found. News writes "Saturday" for the last
 * such day up to the day of publication (the day itself included), so that is the day proposed.
 * English names only.
 */
export function findWeekdays(
  text: string,
  reference: ReferenceDate | null,
  dates: Span[],
): WeekdayMatch[] {
  const found: WeekdayMatch[] = [];
  for (const match of text.matchAll(/\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (dates.some((d) => d.start < span.end && span.start < d.end)) continue;
    const weekday = WEEKDAYS.indexOf(match[0].toLowerCase());
    found.push({ ...span, day: reference ? dayOnOrBefore(reference, weekday) : null });
  }
  return found;
}

function dayOnOrBefore(reference: ReferenceDate, weekday: number): string | null {
  if (reference.month === undefined || reference.day === undefined) return null;
  const days = dayNumber({ year: reference.year, month: reference.month, day: reference.day });
  // Day 0 (1970-01-01) was a Thursday, weekday 4.
  const back = (((days + 4 - weekday) % 7) + 7) % 7;
  return isoDay(calendarDay(days - back));
}
