import { calendarDay, isoDay } from "@/lib/values/calendar";
import { describeDays, formatNumber } from "@/lib/values/describe-value";
import type { Interval } from "./interval";
import type { Measure, Spread } from "./spread";

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

/**
 * How far apart diverging claims are: "3.8 times apart" when both claims state one figure,
 * "at least 7.6 times apart" when a range, a bound or a vague word only sets a minimum, "more
 * than 3.8 times apart" when an end is exclusive; dates by their days ("at least 32 days apart").
 */
export function describeSpread(spread: Spread, measure: Measure = "quantity"): string {
  if (measure === "date" || spread.factor === null) {
    const unit = measure === "date" ? (spread.difference === 1 ? " day" : " days") : "";
    return `${spread.atLeast ? "more than" : "at least"} ${formatNumber(spread.difference)}${unit} apart`;
  }
  // "1.001 times apart" says nothing a reader can use; near neighbours are told by their gap.
  if (spread.factor < 1.5) {
    return `close, but no figure fits both (${formatNumber(spread.low)} against ${spread.atLeast ? "more than " : ""}${formatNumber(spread.high)})`;
  }
  // A minimum is rounded down, so "at least 7.6 times" stays true for 200 ÷ 26 = 7.69.
  const minimum = spread.atLeast || !spread.exact;
  const factor = minimum
    ? Math.floor(spread.factor * 10) / 10
    : Math.round(spread.factor * 10) / 10;
  const qualifier = spread.atLeast ? "more than " : minimum ? "at least " : "";
  return `${qualifier}${formatNumber(factor)} times apart`;
}
