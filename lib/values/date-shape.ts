import { daysInMonth, type CalendarDay } from "./calendar";
import type { DatePrecision } from "./types";

/** What a run of days is, as a whole: whole decades, years, months, or just days. */
export function shapeOf(first: CalendarDay, last: CalendarDay): DatePrecision {
  const wholeMonths = first.day === 1 && last.day === daysInMonth(last.year, last.month);
  if (!wholeMonths) return "day";
  const wholeYears = first.month === 1 && last.month === 12;
  if (!wholeYears) return "month";
  return first.year % 10 === 0 && last.year - first.year === 9 ? "decade" : "year";
}
