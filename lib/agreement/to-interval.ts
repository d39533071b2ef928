import { dayNumber, parseIsoDay } from "@/lib/values/calendar";
import type { Bound, DateValue, QuantityValue } from "@/lib/values/types";
import type { Interval } from "./interval";

/**
 * The interval a value covers. Dates become day numbers (days since 1970-01-01), both ends
 * included, so "1988" covers 1 January to 31 December and meets "November 1988".
 */
export function toInterval(value: QuantityValue | DateValue): Interval {
  if (value.type === "quantity") return { low: value.low, high: value.high };
  return { low: dayBound(value.first), high: dayBound(value.last) };
}

// A date that is not a real day cannot limit anything, so it reads as an open end.
function dayBound(iso: string | null): Bound {
  const day = iso ? parseIsoDay(iso) : null;
  return day ? { value: dayNumber(day), inclusive: true } : null;
}
