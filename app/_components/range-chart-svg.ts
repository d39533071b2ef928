import { escapeHtml } from "@/lib/exports/escape-html";
import type { QuestionComparison } from "@/lib/questions/comparison-types";
import type { ScaleKind } from "./chart-scale";
import { clusterColour, groupName } from "./cluster-palette";
import {
  anchorAt,
  consensusBand,
  labelPlacement,
  layoutBars,
  PLOT_WIDTH,
  plotX as x,
  type RangeBar,
} from "./range-bars";
import { shortSourceLabel, truncateText } from "./source-label";

// The range chart's one drawing, as SVG text: the comparison page inlines it, the embed and
// chart.svg serve it as a document. Text rather than React elements because route handlers
// cannot render React to a string, and because the page then sends the chart once as markup
// instead of as a tree of elements in both its HTML and its RSC payload. Horizontal positions
// are percentages of the chart's width and vertical ones pixels, so the chart fills any width
// without scaling its text: it stays legible on a phone.
const ROW = 64;
const INK = "#1c1917";
const MUTED = "#57534e";
const GRID = "#e7e5e4";
const BAND = "#fde68a";
const AXIS_GAP = 10;

type BarLayout = ReturnType<typeof layoutBars>;

/** Where a row links to: the claim's card on the page, or its own page from a document. */
type RowLink = (claimId: string) => string;

/**
 * The range chart of a question as an SVG document of `width` pixels: one row per claim with its
 * source, words and interval, coloured by group, and the consensus band when there is one. Each
 * row links to the claim's page under `origin`. Every text is escaped.
 */
export function rangeChartSvg(
  comparison: QuestionComparison,
  { width = 640, origin }: { width?: number; origin: string },
): string {
  const title = `${comparison.question.subject.name} — ${comparison.question.measure}: ${comparison.verdict.summary}`;
  return drawChart(comparison, layoutBars(comparison), (height) => ({
    open: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, sans-serif">`,
    title: `<title>${escapeHtml(title)}</title><rect width="100%" height="100%" fill="#fff"/>`,
    row: (claimId) => `<a href="${escapeHtml(`${origin}/claims/${claimId}`)}" target="_top">`,
  }));
}

/**
 * The same chart inside the comparison page, as wide as its column. A group, not an image: its
 * rows are links to the claims' cards for the mouse (keyboard and screen-reader users get the
 * cards directly), and an image's content is presentational, where links must not be. Its title
 * reads every row out.
 */
export function inlineRangeChartSvg(
  comparison: QuestionComparison,
  layout: BarLayout = layoutBars(comparison),
): string {
  const titleId = `range-chart-title-${comparison.question.id}`;
  return drawChart(comparison, layout, (height, bars, kind) => ({
    open: `<svg role="group" aria-labelledby="${escapeHtml(titleId)}" width="100%" height="${height}" class="block overflow-visible font-sans">`,
    title: `<title id="${escapeHtml(titleId)}">${escapeHtml(describeChart(bars, kind))}</title>`,
    row: (claimId) => `<a href="#claim-${escapeHtml(claimId)}" tabindex="-1">`,
  }));
}

function drawChart(
  comparison: QuestionComparison,
  { scale, bars }: BarLayout,
  frame: (
    height: number,
    bars: RangeBar[],
    kind: ScaleKind,
  ) => { open: string; title: string; row: RowLink },
): string {
  const band = consensusBand(comparison, scale);
  const top = band ? 26 : 8;
  const axisY = top + bars.length * ROW + AXIS_GAP;
  const { open, title, row } = frame(axisY + 30, bars, scale.kind);
  const parts = [
    open,
    title,
    ...scale.ticks.map(
      (tick) =>
        `<line x1="${x(tick.at)}" x2="${x(tick.at)}" y1="${top - 4}" y2="${axisY}" stroke="${GRID}"/>`,
    ),
  ];
  if (band) {
    const middle = (band.from + band.to) / 2;
    parts.push(
      `<rect x="${x(band.from)}" width="${Math.max((band.to - band.from) * PLOT_WIDTH, 0.6)}%" y="${top - 8}" height="${axisY - top + 8}" fill="${BAND}" fill-opacity="0.55"/>`,
      `<text x="${x(middle)}" y="${top - 13}" font-size="12" fill="${INK}" text-anchor="${anchorAt(middle)}">All claims allow ${escapeHtml(comparison.verdict.consensus?.text ?? "")}</text>`,
    );
  }
  bars.forEach((bar, i) => parts.push(rowSvg(bar, top + i * ROW, row)));
  parts.push(`<line x1="0" x2="100%" y1="${axisY}" y2="${axisY}" stroke="${MUTED}"/>`);
  for (const tick of scale.ticks)
    parts.push(
      `<line x1="${x(tick.at)}" x2="${x(tick.at)}" y1="${axisY}" y2="${axisY + 5}" stroke="${MUTED}"/>`,
      `<text x="${x(tick.at)}" y="${axisY + 19}" font-size="12" fill="${MUTED}" text-anchor="${anchorAt(tick.at)}">${escapeHtml(tick.label)}</text>`,
    );
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

/** The chart's rows in words, for its title. */
function describeChart(bars: RangeBar[], kind: ScaleKind): string {
  const scale =
    kind === "log" ? "logarithmic scale" : kind === "time" ? "time axis" : "linear scale";
  const rows = bars.map((bar) => {
    const group = bar.cluster === null ? "draft, not counted" : groupName(bar.cluster);
    return `${shortSourceLabel(bar.claim.source)}: ${bar.claim.valueText} (${group})`;
  });
  return `Range chart of ${bars.length} ${bars.length === 1 ? "claim" : "claims"} on a ${scale}. ${rows.join("; ")}.`;
}

function rowSvg(bar: RangeBar, y: number, link: RowLink): string {
  const { claim } = bar;
  const colour = clusterColour(bar.cluster);
  const cy = y + 47;
  const tag =
    bar.cluster === null ? "draft, not counted" : claim.clusters.map(groupName).join(", ");
  const marks = bar.dot
    ? [
        `<circle cx="${x((bar.from + bar.to) / 2)}" cy="${cy}" r="6.5" fill="${colour.fill}" stroke="${INK}" stroke-width="1.5"/>`,
      ]
    : [
        ...barBody(bar, cy),
        endMark(bar, "low", cy, colour.fill),
        endMark(bar, "high", cy, colour.fill),
        bar.best !== null
          ? `<circle cx="${x(bar.best)}" cy="${cy}" r="3.5" fill="#fff" stroke="${INK}" stroke-width="1.5"/>`
          : "",
      ];
  return [
    link(claim.id),
    `<title>${escapeHtml(`${claim.source.title}: “${claim.stated}” (${claim.valueText})`)}</title>`,
    `<rect x="0" y="${y}" width="100%" height="${ROW - 2}" fill="transparent"/>`,
    `<text x="0" y="${y + 14}" font-size="13" fill="${INK}"><tspan font-weight="600">${escapeHtml(shortSourceLabel(claim.source, 28))}</tspan><tspan fill="${MUTED}"> · ${escapeHtml(tag)}</tspan></text>`,
    `<text x="0" y="${y + 30}" font-size="13" fill="${MUTED}">“${escapeHtml(truncateText(claim.stated, 44))}”</text>`,
    ...marks,
    valueLabel(bar, cy),
    "</a>",
  ]
    .filter(Boolean)
    .join("");
}

// A claim in two groups is drawn in both colours, one above the other.
function barBody(bar: RangeBar, cy: number): string[] {
  const groups = bar.clusters.length ? bar.clusters : [bar.cluster];
  const band = 10 / groups.length;
  const common = `x="${x(bar.from)}" width="${(bar.to - bar.from) * PLOT_WIDTH}%"`;
  return [
    ...groups.map(
      (group, i) =>
        `<rect ${common} y="${cy - 5 + i * band}" height="${band}" fill="${clusterColour(group).fill}"/>`,
    ),
    `<rect ${common} y="${cy - 5}" height="10" fill="none" stroke="${INK}" stroke-opacity="0.35"/>`,
  ];
}

// A tick for an included end, a hollow ring for an excluded one, an arrow for no end at all.
function endMark(bar: RangeBar, side: "low" | "high", cy: number, fill: string): string {
  const cap = side === "low" ? bar.lowCap : bar.highCap;
  const at = x(side === "low" ? bar.from : bar.to);
  if (cap === "closed")
    return `<line x1="${at}" x2="${at}" y1="${cy - 9}" y2="${cy + 9}" stroke="${INK}" stroke-width="2"/>`;
  if (cap === "exclusive")
    return `<circle cx="${at}" cy="${cy}" r="5.5" fill="#fff" stroke="${INK}" stroke-width="2"/>`;
  const tip = side === "high" ? "-12,-8 0,0 -12,8" : "12,-8 0,0 12,8";
  return `<svg x="${side === "high" ? "100%" : "0"}" y="${cy}" overflow="visible"><polygon points="${tip}" fill="${fill}" stroke="${INK}" stroke-width="1.2"/></svg>`;
}

function valueLabel(bar: RangeBar, cy: number): string {
  const text = escapeHtml(bar.claim.valueText);
  const place = labelPlacement(bar);
  const gap = bar.dot ? 12 : bar.highCap === "open" || bar.lowCap === "open" ? 16 : 10;
  if (place === "on") {
    const width = bar.claim.valueText.length * 7.2 + 12;
    return `<svg x="${x((bar.from + bar.to) / 2)}" y="${cy}" overflow="visible"><rect x="${-width / 2}" y="-10" width="${width}" height="20" rx="4" fill="#fff" stroke="${INK}" stroke-opacity="0.4"/><text y="4" font-size="12" font-weight="600" fill="${INK}" text-anchor="middle">${text}</text></svg>`;
  }
  const right = place === "right";
  return `<text x="${x(right ? bar.to : bar.from)}" dx="${right ? gap : -gap}" y="${cy + 4}" font-size="12" font-weight="600" fill="${INK}" text-anchor="${right ? "start" : "end"}">${text}</text>`;
}
