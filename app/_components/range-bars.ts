import type { ClaimView, QuestionComparison } from "@/lib/questions/comparison-types";
import { chooseScale, type ChartScale } from "./chart-scale";

/** How an end of a bar is drawn: a tick (included), a hollow ring (excluded), an arrow (none). */
export type EndCap = "closed" | "exclusive" | "open";

export interface RangeBar {
  claim: ClaimView;
  /** 0–1 along the plot; an open end sits on the edge. */
  from: number;
  to: number;
  lowCap: EndCap;
  highCap: EndCap;
  /** One figure, or a span too narrow to see: drawn as a dot. */
  dot: boolean;
  /** The figure an approximate value names ("about 90"), inside its bar. */
  best: number | null;
  /** Group index for the colour; null for drafts. */
  cluster: number | null;
  /** Every group the claim is in (a claim can be compatible with two); empty for drafts. */
  clusters: number[];
}

// Narrower than this share of the plot, a bar reads better as a dot.
const MIN_BAR = 0.012;

/** The chart's scale and one bar per claim, in the comparison's order. */
export function layoutBars(comparison: QuestionComparison): {
  scale: ChartScale;
  bars: RangeBar[];
} {
  const isDate = comparison.question.kind === "date";
  const ends = comparison.claims.map((claim) => endsOf(claim, isDate));
  const consensus = comparison.verdict.consensus;
  const consensusEnds = consensus ? endsOf({ interval: consensus }, isDate) : null;
  const scale = chooseScale({
    values: [...ends, ...(consensusEnds ? [consensusEnds] : [])].flatMap((e) =>
      [e.low, e.high].filter((v): v is number => v !== null),
    ),
    openLow: ends.some((e) => e.low === null),
    openHigh: ends.some((e) => e.high === null),
    measure: isDate ? "date" : "quantity",
  });
  const bars = comparison.claims.map((claim, i): RangeBar => {
    const e = ends[i] ?? { low: null, high: null };
    const from = e.low === null ? 0 : scale.position(e.low);
    const to = e.high === null ? 1 : Math.max(from, scale.position(e.high));
    const value = claim.value;
    const onePoint = e.low !== null && e.low === e.high;
    return {
      claim,
      from,
      to,
      lowCap: capOf(claim.interval.low, isDate),
      highCap: capOf(claim.interval.high, isDate),
      dot: onePoint || (e.low !== null && e.high !== null && to - from < MIN_BAR),
      best:
        value.type === "quantity" && value.best !== null && !onePoint && within(value.best, e)
          ? scale.position(value.best)
          : null,
      cluster: claim.counted ? (claim.clusters[0] ?? null) : null,
      clusters: claim.counted ? claim.clusters : [],
    };
  });
  return { scale, bars };
}

/** Where the consensus band runs, 0–1, or null when there is no consensus. */
export function consensusBand(
  comparison: QuestionComparison,
  scale: ChartScale,
): { from: number; to: number } | null {
  const consensus = comparison.verdict.consensus;
  if (!consensus) return null;
  const e = endsOf({ interval: consensus }, comparison.question.kind === "date");
  return {
    from: e.low === null ? 0 : scale.position(e.low),
    to: e.high === null ? 1 : scale.position(e.high),
  };
}

// A date interval holds whole days: it runs from the start of its first day to the end of its
// last, so a one-day claim still has a width. Numbers are drawn where they stand.
function endsOf(
  claim: Pick<ClaimView, "interval">,
  isDate: boolean,
): { low: number | null; high: number | null } {
  const { low, high } = claim.interval;
  if (!isDate) return { low: low?.value ?? null, high: high?.value ?? null };
  return {
    low: low ? low.value + (low.inclusive ? 0 : 1) : null,
    high: high ? high.value + (high.inclusive ? 1 : 0) : null,
  };
}

// An editor's override can move the ends away from the figure the words name.
function within(value: number, ends: { low: number | null; high: number | null }): boolean {
  return (ends.low === null || value >= ends.low) && (ends.high === null || value <= ends.high);
}

function capOf(bound: ClaimView["interval"]["low"], isDate: boolean): EndCap {
  if (!bound) return "open";
  return bound.inclusive || isDate ? "closed" : "exclusive";
}

/** Where the plot runs, in percent of the chart's width: a margin for the arrowheads. */
const PLOT_LEFT = 1;
export const PLOT_WIDTH = 98;

/** A plot position (0–1) as an SVG x coordinate. */
export function plotX(at: number): string {
  return `${PLOT_LEFT + at * PLOT_WIDTH}%`;
}

/** Labels near an edge grow inwards so they are never cut off. */
export function anchorAt(at: number): "start" | "middle" | "end" {
  return at < 0.1 ? "start" : at > 0.9 ? "end" : "middle";
}

/**
 * Where a bar's value label goes: beside it where there is room at phone width (about 7.5px a
 * character on 343px), else on the bar itself.
 */
export function labelPlacement(bar: RangeBar): "right" | "left" | "on" {
  const need = bar.claim.valueText.length * 0.022 + 0.05;
  if (1 - bar.to >= need) return "right";
  if (bar.from >= need) return "left";
  return bar.dot ? (1 - bar.to > bar.from ? "right" : "left") : "on";
}
