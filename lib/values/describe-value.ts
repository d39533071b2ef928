import { parseIsoDay, type CalendarDay } from "./calendar";
import { shapeOf } from "./date-shape";
import type { Bound, DatePrecision, DateValue, QuantityValue } from "./types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DASH = "–";

/** A value in a few words for people: "26", "more than 100", "200–999 (hundreds)", "27–29 Feb 1988". */
export function describeValue(value: QuantityValue | DateValue): string {
  return value.type === "quantity"
    ? describeQuantity(value)
    : describeDays(value.first, value.last, value.precision);
}

// One formatter for all calls: toLocaleString builds a new one each time, which made describing
// a value cost about 0.1 ms — too slow for exports of 100,000 claims.
const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A number as people write it: "400,000", "1.5". */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** Days from `first` to `last` (ISO, inclusive, null when open) in the fewest words. */
export function describeDays(
  first: string | null,
  last: string | null,
  precision: DatePrecision = "day",
): string {
  const a = first ? parseIsoDay(first) : null;
  const b = last ? parseIsoDay(last) : null;
  if (!a && !b) return "any date";
  if (!a) return `by ${bound(b as CalendarDay, precision)}`;
  if (!b) return `from ${bound(a, precision)} on`;
  const shape = shapeOf(a, b);
  if (shape === "decade") return `${a.year}s`;
  if (shape === "year") return a.year === b.year ? `${a.year}` : `${a.year}${DASH}${b.year}`;
  if (shape === "month") {
    if (a.year !== b.year) return `${month(a)} ${a.year} ${DASH} ${month(b)} ${b.year}`;
    return a.month === b.month
      ? `${month(a)} ${a.year}`
      : `${month(a)}${DASH}${month(b)} ${a.year}`;
  }
  if (a.year !== b.year) return `${day(a)} ${a.year} ${DASH} ${day(b)} ${b.year}`;
  if (a.month !== b.month) return `${day(a)} ${DASH} ${day(b)} ${a.year}`;
  return a.day === b.day ? `${day(a)} ${a.year}` : `${a.day}${DASH}${day(b)} ${a.year}`;
}

function describeQuantity(value: QuantityValue): string {
  const { low, high, best, kind } = value;
  switch (kind) {
    case "exact":
      return formatNumber(best ?? low?.value ?? high?.value ?? 0);
    case "approximate":
      return `about ${formatNumber(best ?? 0)} (${span(low, high)})`;
    case "lower-bound":
      return `${low?.inclusive ? "at least" : "more than"} ${formatNumber(low?.value ?? 0)}`;
    case "upper-bound":
      return `${high?.inclusive ? "at most" : "fewer than"} ${formatNumber(high?.value ?? 0)}`;
    case "range":
      return span(low, high);
    case "vague":
      return `${span(low, high)} (${value.wording.toLowerCase()})`;
  }
}

function span(low: Bound, high: Bound): string {
  if (low && high && low.value === high.value) return formatNumber(low.value);
  const from = low ? formatNumber(low.value) : "";
  const to = high ? formatNumber(high.value) : "";
  return `${from}${DASH}${to}`;
}

// An open-ended date is described at the precision it was stated ("by Aug 1988", "from 1988 on").
function bound(date: CalendarDay, precision: DatePrecision): string {
  if (precision === "year" || precision === "decade") return `${date.year}`;
  if (precision === "month" || precision === "season") return `${month(date)} ${date.year}`;
  return `${day(date)} ${date.year}`;
}

function month(date: CalendarDay): string {
  return MONTHS[date.month - 1] ?? "";
}

function day(date: CalendarDay): string {
  return `${date.day} ${month(date)}`;
}
