import { clusterColour, groupName } from "./cluster-palette";
import { labelPlacement, plotX as x, PLOT_WIDTH, type RangeBar } from "./range-bars";
import { shortSourceLabel, truncateText } from "./source-label";

/** Height of one claim's row, in pixels: two lines of words, then the bar. */
export const ROW = 64;
export const INK = "#1c1917";
export const MUTED = "#57534e";

/** One claim: its source and words above, its interval below, its value beside it. */
export function RangeChartRow({ bar, y }: { bar: RangeBar; y: number }) {
  const colour = clusterColour(bar.cluster);
  const cy = y + 47;
  const { claim } = bar;
  const tag =
    bar.cluster === null ? "draft, not counted" : claim.clusters.map(groupName).join(", ");
  return (
    // Mouse users jump to the claim's card; keyboard and screen-reader users get the cards directly.
    <a href={`#claim-${claim.id}`} tabIndex={-1}>
      <title>{`${claim.source.title}: “${claim.stated}” (${claim.valueText})`}</title>
      <rect x="0" y={y} width="100%" height={ROW - 2} fill="transparent" />
      <text x="0" y={y + 14} fontSize={13} fill={INK}>
        <tspan fontWeight={600}>{shortSourceLabel(claim.source, 28)}</tspan>
        <tspan fill={MUTED}> · {tag}</tspan>
      </text>
      <text x="0" y={y + 30} fontSize={13} fill={MUTED}>
        “{truncateText(claim.stated, 44)}”
      </text>
      {bar.dot ? (
        <circle
          cx={x((bar.from + bar.to) / 2)}
          cy={cy}
          r={6.5}
          fill={colour.fill}
          stroke={INK}
          strokeWidth={1.5}
        />
      ) : (
        <>
          <BarBody bar={bar} cy={cy} />
          <EndMark bar={bar} side="low" cy={cy} fill={colour.fill} />
          <EndMark bar={bar} side="high" cy={cy} fill={colour.fill} />
          {bar.best !== null ? (
            <circle cx={x(bar.best)} cy={cy} r={3.5} fill="#fff" stroke={INK} strokeWidth={1.5} />
          ) : null}
        </>
      )}
      <ValueLabel bar={bar} cy={cy} />
    </a>
  );
}

// A claim in two groups is drawn in both colours, one above the other.
function BarBody({ bar, cy }: { bar: RangeBar; cy: number }) {
  const groups = bar.clusters.length ? bar.clusters : [bar.cluster];
  const band = 10 / groups.length;
  const common = { x: x(bar.from), width: `${(bar.to - bar.from) * PLOT_WIDTH}%` };
  return (
    <>
      {groups.map((group, i) => (
        <rect
          key={group ?? "draft"}
          {...common}
          y={cy - 5 + i * band}
          height={band}
          fill={clusterColour(group).fill}
        />
      ))}
      <rect {...common} y={cy - 5} height={10} fill="none" stroke={INK} strokeOpacity={0.35} />
    </>
  );
}

// A tick for an included end, a hollow ring for an excluded one, an arrow for no end at all.
function EndMark({
  bar,
  side,
  cy,
  fill,
}: {
  bar: RangeBar;
  side: "low" | "high";
  cy: number;
  fill: string;
}) {
  const cap = side === "low" ? bar.lowCap : bar.highCap;
  const at = side === "low" ? bar.from : bar.to;
  if (cap === "closed")
    return <line x1={x(at)} x2={x(at)} y1={cy - 9} y2={cy + 9} stroke={INK} strokeWidth={2} />;
  if (cap === "exclusive")
    return <circle cx={x(at)} cy={cy} r={5.5} fill="#fff" stroke={INK} strokeWidth={2} />;
  // A nested viewport placed in percent lets the arrowhead keep its shape in pixels.
  const tip = side === "high" ? "-12,-8 0,0 -12,8" : "12,-8 0,0 12,8";
  return (
    <svg x={side === "high" ? "100%" : "0"} y={cy} overflow="visible">
      <polygon points={tip} fill={fill} stroke={INK} strokeWidth={1.2} />
    </svg>
  );
}

function ValueLabel({ bar, cy }: { bar: RangeBar; cy: number }) {
  const text = bar.claim.valueText;
  const place = labelPlacement(bar);
  const gap = bar.dot ? 12 : bar.highCap === "open" || bar.lowCap === "open" ? 16 : 10;
  if (place === "on") {
    const width = text.length * 7.2 + 12;
    return (
      <svg x={x((bar.from + bar.to) / 2)} y={cy} overflow="visible">
        <rect
          x={-width / 2}
          y={-10}
          width={width}
          height={20}
          rx={4}
          fill="#fff"
          stroke={INK}
          strokeOpacity={0.4}
        />
        <text y={4} fontSize={12} fontWeight={600} fill={INK} textAnchor="middle">
          {text}
        </text>
      </svg>
    );
  }
  return (
    <text
      x={x(place === "right" ? bar.to : bar.from)}
      dx={place === "right" ? gap : -gap}
      y={cy + 4}
      fontSize={12}
      fontWeight={600}
      fill={INK}
      textAnchor={place === "right" ? "start" : "end"}
    >
      {text}
    </text>
  );
}
