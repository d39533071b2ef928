import { escapeHtml } from "@/lib/exports/escape-html";
import type { QuestionComparison } from "@/lib/questions/comparison-types";
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

// The same layout, marks and colours as RangeChart (range-chart.tsx, range-chart-row.tsx), as a
// standalone SVG document: route handlers cannot render React to a string, and an SVG file must
// stand without a page around it. Horizontal positions stay in percent of `width`.
const ROW = 64;
const INK = "#1c1917";
const MUTED = "#57534e";
const GRID = "#e7e5e4";
const BAND = "#fde68a";
const AXIS_GAP = 10;

/**
 * The range chart of a question as an SVG document of `width` pixels: one row per claim with its
 * source, words and interval, coloured by group, and the consensus band when there is one. Each
 * row links to the claim's page under `origin`. Every text is escaped.
 */
export function rangeChartSvg(
  comparison: QuestionComparison,
  { width = 640, origin }: { width?: number; origin: string },
): string {
  const { scale, bars } = layoutBars(comparison);
  const band = consensusBand(comparison, scale);
  const top = band ? 26 : 8;
  const axisY = top + bars.length * ROW + AXIS_GAP;
  const height = axisY + 30;
  const title = `${comparison.question.subject.name} — ${comparison.question.measure}: ${comparison.verdict.summary}`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, sans-serif">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
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
  bars.forEach((bar, row) => parts.push(rowSvg(bar, top + row * ROW, origin)));
  parts.push(`<line x1="0" x2="100%" y1="${axisY}" y2="${axisY}" stroke="${MUTED}"/>`);
  for (const tick of scale.ticks)
    parts.push(
      `<line x1="${x(tick.at)}" x2="${x(tick.at)}" y1="${axisY}" y2="${axisY + 5}" stroke="${MUTED}"/>`,
      `<text x="${x(tick.at)}" y="${axisY + 19}" font-size="12" fill="${MUTED}" text-anchor="${anchorAt(tick.at)}">${escapeHtml(tick.label)}</text>`,
    );
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

function rowSvg(bar: RangeBar, y: number, origin: string): string {
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
    `<a href="${escapeHtml(`${origin}/claims/${claim.id}`)}" target="_top">`,
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
