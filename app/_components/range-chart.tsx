import type { QuestionComparison } from "@/lib/questions/comparison-types";
import { layoutBars } from "./range-bars";
import { RangeChartLegend } from "./range-chart-legend";
import { inlineRangeChartSvg } from "./range-chart-svg";

/**
 * The claims of one question as intervals on a shared axis: one row per claim, coloured by group,
 * with the consensus shaded when there is one. The cards below hold the same data as text.
 */
export function RangeChart({ comparison }: { comparison: QuestionComparison }) {
  const layout = layoutBars(comparison);
  return (
    <figure className="space-y-3">
      {/* Every text in the chart is escaped (range-chart-svg.ts). */}
      <div dangerouslySetInnerHTML={{ __html: inlineRangeChartSvg(comparison, layout) }} />
      <RangeChartLegend comparison={comparison} bars={layout.bars} scaleKind={layout.scale.kind} />
    </figure>
  );
}
