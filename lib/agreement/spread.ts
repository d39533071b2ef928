import type { AgreementInput } from "./clusters";
import { compareKeys, endKey, isEmptyInterval, startKey } from "./interval";

export type Measure = "quantity" | "date";

export interface Spread {
  /**
   * high ÷ low: the two furthest-apart claims are at least this many times apart. Null for
   * dates (a ratio of day numbers means nothing) and when low is zero or below.
   */
  factor: number | null;
  /** True when an exclusive end ("more than 100") makes it strictly "more than factor times". */
  atLeast: boolean;
  /**
   * True when both extreme claims state one figure each ("26" vs "200"), so the factor is their
   * exact separation. A range, a bound or a vague word ("hundreds") only sets a minimum: the
   * claims are then "at least" factor times apart.
   */
  exact: boolean;
  /** The lowest upper end any claim states ("26"). */
  low: number;
  /** The highest lower end any claim states ("more than 100" → 100). */
  high: number;
  /** high − low; for dates, the days between the two claims. */
  difference: number;
}

/**
 * How far apart diverging claims are: from the lowest upper end to the highest lower end.
 * Every value the one claim allows is at least `factor` times below every value the other
 * allows. Null when the claims do not diverge (some point is common to all).
 */
export function computeSpread(
  claims: readonly AgreementInput[],
  measure: Measure = "quantity",
): Spread | null {
  const live = claims.filter((c) => !isEmptyInterval(c.interval));
  let lowest: AgreementInput | null = null;
  let highest: AgreementInput | null = null;
  for (const claim of live) {
    if (!lowest || compareKeys(endKey(claim.interval.high), endKey(lowest.interval.high)) < 0)
      lowest = claim;
    if (!highest || compareKeys(startKey(claim.interval.low), startKey(highest.interval.low)) > 0)
      highest = claim;
  }
  const low = lowest?.interval.high;
  const high = highest?.interval.low;
  if (!low || !high || compareKeys(startKey(high), endKey(low)) <= 0) return null;
  const factor = measure === "quantity" && low.value > 0 ? high.value / low.value : null;
  return {
    factor,
    atLeast: !low.inclusive || !high.inclusive,
    exact: isPoint(lowest?.interval) && isPoint(highest?.interval),
    low: low.value,
    high: high.value,
    difference: high.value - low.value,
  };
}

function isPoint(interval: AgreementInput["interval"] | undefined): boolean {
  const { low, high } = interval ?? { low: null, high: null };
  return (
    low !== null && high !== null && low.inclusive && high.inclusive && low.value === high.value
  );
}
