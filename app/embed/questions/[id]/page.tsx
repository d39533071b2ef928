import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { rangeChartSvg } from "@/app/_components/range-chart-svg";
import { requestOrigin } from "@/app/_components/request-origin";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import { loadComparison } from "@/app/questions/[id]/load-comparison";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await loadComparison((await params).id);
  return {
    title: comparison
      ? `${comparison.question.subject.name} — ${comparison.question.measure}`
      : "Question not found",
    robots: { index: false },
  };
}

/**
 * A question's comparison for other sites to frame (the only pages that allow it, see
 * lib/http/security-headers.ts): the verdict in words, the range chart, and a link back. Links
 * open in the reader's window, not inside the frame.
 */
export default async function EmbedQuestionPage({ params }: Props) {
  const comparison = await loadComparison((await params).id);
  if (!comparison) notFound();
  const { question, verdict } = comparison;
  const origin = await requestOrigin();
  const href = `${origin}/questions/${question.id}`;
  return (
    <article className="space-y-3 p-3">
      <h1 className="text-lg leading-tight font-semibold">
        <a href={href} target="_blank" rel="noopener" className="hover:underline">
          {question.subject.name} — {question.measure}
          {question.scope ? ` (${question.scope})` : ""}
        </a>
      </h1>
      <VerdictBadge status={verdict.status} />
      <p className="leading-snug" data-testid="verdict-summary">
        {verdict.summary}
      </p>
      {comparison.claims.length ? (
        <div
          className="overflow-x-auto"
          // The chart is the same standalone SVG as chart.svg; every text in it is escaped.
          dangerouslySetInnerHTML={{ __html: rangeChartSvg(comparison, { origin }) }}
        />
      ) : null}
      <p className="text-sm">
        <a href={href} target="_blank" rel="noopener" className="font-medium underline">
          Every claim with its passage, on Crosscheck →
        </a>
      </p>
    </article>
  );
}
