import type { QuestionComparison } from "@/lib/questions/comparison-types";
import { groupName } from "./cluster-palette";
import {
  anchorAt,
  consensusBand,
  layoutBars,
  PLOT_WIDTH,
  plotX as x,
  type RangeBar,
} from "./range-bars";
import { INK, MUTED, RangeChartRow, ROW } from "./range-chart-row";
import { RangeChartLegend } from "./range-chart-legend";
import { shortSourceLabel } from "./source-label";

// Horizontal positions are percentages of the chart's width and vertical ones are pixels, so the
// chart fills any width without scaling its text: it stays legible on a phone.
const AXIS_GAP = 10;
const GRID = "#e7e5e4";
const BAND = "#fde68a";

/**
 * The claims of one question as intervals on a shared axis: one row per claim, coloured by group,
 * with the consensus shaded when there is one. The cards below hold the same data as text.
 */
export function RangeChart({ comparison }: { comparison: QuestionComparison }) {
  const { scale, bars } = layoutBars(comparison);
  const band = consensusBand(comparison, scale);
  const top = band ? 26 : 8;
  const axisY = top + bars.length * ROW + AXIS_GAP;
  const height = axisY + 30;
  const titleId = `range-chart-title-${comparison.question.id}`;
  return (
    <figure className="space-y-3">
      {/* A group, not an image: its rows are links (for the mouse), and an image's content is
          presentational, where links must not be. */}
      <svg
        role="group"
        aria-labelledby={titleId}
        width="100%"
        height={height}
        className="block overflow-visible font-sans"
      >
        <title id={titleId}>{describeChart(bars, scale.kind)}</title>
        {scale.ticks.map((tick, i) => (
          <line
            key={`${i}-${tick.label}`}
            x1={x(tick.at)}
            x2={x(tick.at)}
            y1={top - 4}
            y2={axisY}
            stroke={GRID}
          />
        ))}
        {band ? (
          <g>
            <rect
              x={x(band.from)}
              width={`${Math.max((band.to - band.from) * PLOT_WIDTH, 0.6)}%`}
              y={top - 8}
              height={axisY - top + 8}
              fill={BAND}
              fillOpacity={0.55}
            />
            <text
              x={x((band.from + band.to) / 2)}
              y={top - 13}
              fontSize={12}
              fill={INK}
              textAnchor={anchorAt((band.from + band.to) / 2)}
            >
              All claims allow {comparison.verdict.consensus?.text}
            </text>
          </g>
        ) : null}
        {bars.map((bar, row) => (
          <RangeChartRow key={bar.claim.id} bar={bar} y={top + row * ROW} />
        ))}
        <line x1="0" x2="100%" y1={axisY} y2={axisY} stroke={MUTED} />
        {scale.ticks.map((tick, i) => (
          <g key={`${i}-${tick.label}`}>
            <line x1={x(tick.at)} x2={x(tick.at)} y1={axisY} y2={axisY + 5} stroke={MUTED} />
            <text
              x={x(tick.at)}
              y={axisY + 19}
              fontSize={12}
              fill={MUTED}
              textAnchor={anchorAt(tick.at)}
            >
              {tick.label}
            </text>
          </g>
        ))}
      </svg>
      <RangeChartLegend comparison={comparison} bars={bars} scaleKind={scale.kind} />
    </figure>
  );
}

function describeChart(bars: RangeBar[], kind: string): string {
  const scale =
    kind === "log" ? "logarithmic scale" : kind === "time" ? "time axis" : "linear scale";
  const rows = bars.map((bar) => {
    const group = bar.cluster === null ? "draft, not counted" : groupName(bar.cluster);
    return `${shortSourceLabel(bar.claim.source)}: ${bar.claim.valueText} (${group})`;
  });
  return `Range chart of ${bars.length} ${bars.length === 1 ? "claim" : "claims"} on a ${scale}. ${rows.join("; ")}.`;
}
