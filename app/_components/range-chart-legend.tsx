import type { ReactNode } from "react";
import type { QuestionComparison } from "@/lib/questions/comparison-types";
import type { ScaleKind } from "./chart-scale";
import { GroupSwatch } from "./group-swatch";
import type { RangeBar } from "./range-bars";
import { sharedValueLabel } from "@/lib/questions/verdict-summary";

const SCALE_NOTES: Record<ScaleKind, string> = {
  log: "Logarithmic scale: equal steps multiply the value, so small and large figures both show.",
  linear: "Linear scale.",
  time: "Time axis; a date covers its whole day, month or year.",
};

/** What the colours and marks of the range chart mean; only the marks it uses are listed. */
export function RangeChartLegend({
  comparison,
  bars,
  scaleKind,
}: {
  comparison: QuestionComparison;
  bars: RangeBar[];
  scaleKind: ScaleKind;
}) {
  const caps = new Set(bars.filter((b) => !b.dot).flatMap((b) => [b.lowCap, b.highCap]));
  return (
    <figcaption className="space-y-2 text-sm text-stone-700">
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {comparison.verdict.clusters.map((cluster) => (
          <li key={cluster.index}>
            <GroupSwatch
              index={cluster.index}
              label={`Group ${cluster.index + 1}: ${groupName(comparison, cluster.claimIds, cluster.common.text)}`}
            />
          </li>
        ))}
        {bars.some((b) => b.cluster === null) ? (
          <li>
            <GroupSwatch index={null} />
          </li>
        ) : null}
        {comparison.verdict.consensus ? (
          <li className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3 w-5 bg-amber-200" />
            Shaded: what all claims allow
          </li>
        ) : null}
      </ul>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-stone-600">
        {bars.some((b) => b.dot) ? (
          <Mark glyph={<circle cx="9" cy="8" r="5" fill="#78716c" />}>one figure</Mark>
        ) : null}
        {caps.has("closed") ? (
          <Mark glyph={<line x1="9" x2="9" y1="1" y2="15" stroke="#1c1917" strokeWidth="2" />}>
            end included
          </Mark>
        ) : null}
        {caps.has("exclusive") ? (
          <Mark glyph={<circle cx="9" cy="8" r="5" fill="#fff" stroke="#1c1917" strokeWidth="2" />}>
            end not included (“more than”)
          </Mark>
        ) : null}
        {caps.has("open") ? (
          <Mark glyph={<polygon points="4,2 16,8 4,14" fill="#78716c" />}>
            no limit on that side
          </Mark>
        ) : null}
        {bars.some((b) => b.best !== null) ? (
          <Mark
            glyph={<circle cx="9" cy="8" r="4" fill="#fff" stroke="#1c1917" strokeWidth="1.5" />}
          >
            the figure named (“about 90”)
          </Mark>
        ) : null}
      </ul>
      <p className="text-stone-500">{SCALE_NOTES[scaleKind]}</p>
    </figcaption>
  );
}

function Mark({ glyph, children }: { glyph: ReactNode; children: ReactNode }) {
  return (
    <li className="inline-flex items-center gap-1.5">
      <svg aria-hidden width="18" height="16" viewBox="0 0 18 16">
        {glyph}
      </svg>
      {children}
    </li>
  );
}

// As the group headings below the chart name it: what its claims say, or what they all allow.
function groupName(comparison: QuestionComparison, claimIds: string[], common: string): string {
  const values = comparison.claims
    .filter((claim) => claimIds.includes(claim.id))
    .map((claim) => claim.value);
  return sharedValueLabel(values) ?? common;
}
