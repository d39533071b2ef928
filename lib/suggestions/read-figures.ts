import { findDates, type DateOptions } from "@/lib/values/find-dates";
import { findQuantities, type QuantityOptions } from "@/lib/values/find-quantities";
import type { DateValue, QuantityValue, ReferenceDate } from "@/lib/values/types";
import type { Span } from "./suggestion-types";
import { findWeekdays } from "./weekday-dates";

/** A figure as the readers (or the weekday finder) give it, before it becomes a suggestion. */
export interface Figure extends Span {
  kind: "quantity" | "date";
  value: QuantityValue | DateValue | null;
  problem: string | null;
  isDuration: boolean;
  override: { first: string; last: string } | null;
}

/**
 * Every figure and date of a text in reading order: the value readers' figures and dates, and
 * (in English) the weekdays they do not read, with the day proposed from the publication date.
 */
export function readFigures(
  text: string,
  reference: ReferenceDate | null,
  language: string | null | undefined,
  english: boolean,
): Figure[] {
  // The readers learn a language option on another branch; until then they read English.
  const quantityOptions: QuantityOptions & { language: string | null } = {
    language: language ?? null,
  };
  const dateOptions: DateOptions & { language: string | null } = {
    reference,
    language: language ?? null,
  };
  const dates = findDates(text, dateOptions);
  const figures: Figure[] = [
    ...findQuantities(text, quantityOptions).map((m) => ({
      start: m.start,
      end: m.end,
      kind: "quantity" as const,
      value: m.value,
      problem: null,
      isDuration: m.isDuration,
      override: null,
    })),
    ...dates.map((m) => ({
      start: m.start,
      end: m.end,
      kind: "date" as const,
      value: m.result.ok ? m.result.value : null,
      problem: m.result.ok ? null : m.result.reason,
      isDuration: false,
      override: null,
    })),
    ...(english ? findWeekdays(text, reference, dates) : []).map((m) => ({
      start: m.start,
      end: m.end,
      kind: "date" as const,
      value: null,
      problem: weekdayProblem(text.slice(m.start, m.end), m.day),
      isDuration: false,
      override: m.day ? { first: m.day, last: m.day } : null,
    })),
  ];
  return figures.sort((a, b) => a.start - b.start);
}

function weekdayProblem(weekday: string, day: string | null): string {
  return day
    ? `“${weekday}” is a day of the week, which the value readers do not read; proposed as ${day}, the last ${weekday} up to the publication date`
    : `“${weekday}” is a day of the week: give the date (the publication date, known to the day, would let it be proposed)`;
}
