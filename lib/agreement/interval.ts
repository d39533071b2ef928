import type { Bound } from "@/lib/values/types";

/** A set of numbers (or of day numbers, for dates) between two bounds; null ends are open. */
export interface Interval {
  low: Bound;
  high: Bound;
}

// Each end becomes a point on the line refined by an infinitesimal: an exclusive low of 100 starts
// just after 100 (offset +1), an exclusive high of 100 ends just before it (offset −1). Two
// intervals then meet exactly when the later start is not after the earlier end.

/** Where an interval starts, as [value, offset]; an open low starts at −∞. */
export function startKey(low: Bound): [number, number] {
  if (!low) return [Number.NEGATIVE_INFINITY, 0];
  return [low.value, low.inclusive ? 0 : 1];
}

/** Where an interval ends, as [value, offset]; an open high ends at +∞. */
export function endKey(high: Bound): [number, number] {
  if (!high) return [Number.POSITIVE_INFINITY, 0];
  return [high.value, high.inclusive ? 0 : -1];
}

/** Orders two keys made by startKey or endKey (negative: `a` comes first). */
export function compareKeys(a: readonly [number, number], b: readonly [number, number]): number {
  if (a[0] < b[0]) return -1;
  if (a[0] > b[0]) return 1;
  return a[1] - b[1];
}

/** Whether no number lies in the interval (low above high, or one point excluded). */
export function isEmptyInterval(interval: Interval): boolean {
  return compareKeys(startKey(interval.low), endKey(interval.high)) > 0;
}

/** Whether two intervals share at least one point, honouring open and exclusive ends. */
export function areCompatible(a: Interval, b: Interval): boolean {
  return !isEmptyInterval(intersectIntervals(a, b));
}

/** The points two intervals share (possibly empty). */
export function intersectIntervals(a: Interval, b: Interval): Interval {
  const low = compareKeys(startKey(a.low), startKey(b.low)) >= 0 ? a.low : b.low;
  const high = compareKeys(endKey(a.high), endKey(b.high)) <= 0 ? a.high : b.high;
  return { low, high };
}
