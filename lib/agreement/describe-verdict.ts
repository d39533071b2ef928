import { calendarDay, isoDay } from "@/lib/values/calendar";
import { describeDays, formatNumber } from "@/lib/values/describe-value";
import type { Interval } from "./interval";
import type { Measure, Spread } from "./spread";
import type { Verdict } from "./verdict";

/** An interval in words: "26", "more than 100", "150–300", "27–29 Feb 1988". */
export function describeInterval(interval: Interval, measure: Measure = "quantity"): string {
  const { low, high } = interval;
  if (measure === "date") {
    const day = (value: number) => isoDay(calendarDay(Math.round(value)));
    const first = low ? day(low.inclusive ? low.value : low.value + 1) : null;
    const last = high ? day(high.inclusive ? high.value : high.value - 1) : null;
    return describeDays(first, last);
  }
  if (low && high && low.value === high.value) return formatNumber(low.value);
  const lowWords =
    low && !(low.value === 0 && low.inclusive)
      ? `${low.inclusive ? "at least" : "more than"} ${formatNumber(low.value)}`
      : null;
  const highWords = high
    ? `${high.inclusive ? "at most" : "fewer than"} ${formatNumber(high.value)}`
    : null;
  if (low && high && low.inclusive && high.inclusive && lowWords)
    return `${formatNumber(low.value)}–${formatNumber(high.value)}`;
  if (lowWords && highWords) return `${lowWords} and ${highWords}`;
  return lowWords ?? highWords ?? "any value";
}

/** How far apart diverging claims are: "more than 3.8 times apart", "at least 366 days apart". */
export function describeSpread(spread: Spread, measure: Measure = "quantity"): string {
  if (measure === "date" || spread.factor === null) {
    const unit = measure === "date" ? (spread.difference === 1 ? " day" : " days") : "";
    return `${spread.atLeast ? "more than" : "at least"} ${formatNumber(spread.difference)}${unit} apart`;
  }
  // "1.001 times apart" says nothing a reader can use; near neighbours are told by their gap.
  if (spread.factor < 1.5) {
    return `close, but no figure fits both (${formatNumber(spread.low)} against ${spread.atLeast ? "more than " : ""}${formatNumber(spread.high)})`;
  }
  // Rounded down when strict, so "more than 3.8 times" stays true for 100 ÷ 26 = 3.846.
  const factor = spread.atLeast
    ? Math.floor(spread.factor * 10) / 10
    : Math.round(spread.factor * 10) / 10;
  return `${spread.atLeast ? "more than " : ""}${formatNumber(factor)} times apart`;
}

/** A one-line summary of a verdict for people. */
export function describeVerdict(verdict: Verdict, measure: Measure = "quantity"): string {
  const origins = plural(verdict.independentOrigins, "independent origin");
  const claims = verdict.clusters.reduce((n, c) => n + c.claimIds.length, 0);
  switch (verdict.status) {
    case "none":
      return "No claims yet.";
    case "single": {
      const cluster = verdict.clusters[0];
      const value = cluster ? describeInterval(cluster.common, measure) : "";
      return `Single origin (${plural(claims, "claim")}): ${value}.`;
    }
    case "agree":
      return `Agree: ${plural(claims, "claim")} from ${origins} all allow ${describeInterval(verdict.consensus ?? { low: null, high: null }, measure)}.`;
    case "diverge": {
      const groups = verdict.clusters.map((c) => describeInterval(c.common, measure)).join(" vs ");
      const apart = verdict.spread ? ` — ${describeSpread(verdict.spread, measure)}` : "";
      return `Diverge: ${groups}${apart} (${origins}).`;
    }
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
