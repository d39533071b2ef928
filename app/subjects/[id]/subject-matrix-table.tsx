import Link from "next/link";
import { clusterColour, groupName } from "@/app/_components/cluster-palette";
import { PublicationDateText } from "@/app/_components/publication-date-text";
import { ScopeTag } from "@/app/_components/question-label";
import { truncateText } from "@/app/_components/source-label";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import type { MatrixCell, SubjectMatrix } from "@/lib/subjects/build-matrix";

// The question column stays in view while the sources scroll under it.
const STICKY = "sticky left-0 z-10 shadow-[1px_0_0_0_var(--color-stone-200)]";

/**
 * Questions (rows) × sources (columns). It scrolls sideways inside its box on a narrow screen,
 * the question column staying in view. The box is `relative` so the screen-reader-only texts
 * inside are placed within it and cannot widen the page.
 */
export function SubjectMatrixTable({ matrix }: { matrix: SubjectMatrix }) {
  return (
    <div
      role="region"
      aria-labelledby="matrix-caption"
      tabIndex={0}
      className="relative overflow-x-auto rounded border border-stone-200 bg-white"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption id="matrix-caption" className="sr-only">
          {matrix.subject.name}: questions by source
        </caption>
        <thead className="bg-stone-100 align-bottom">
          <tr>
            <th scope="col" className={`${STICKY} bg-stone-100 p-3 font-medium`}>
              Question
            </th>
            {matrix.sources.map((source) => (
              <th key={source.id} scope="col" className="min-w-44 p-3 font-medium">
                <Link
                  href={`/sources/${source.id}`}
                  className="hover:underline"
                  title={source.title}
                >
                  {truncateText(source.title, 60)}
                </Link>
                <span className="block font-normal text-stone-600">
                  {source.publisher ? `${source.publisher} · ` : ""}
                  <PublicationDateText value={source.published} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 align-top">
          {matrix.rows.map(({ question, verdict, cells }) => (
            <tr key={question.id}>
              <th
                scope="row"
                className={`${STICKY} w-36 min-w-32 space-y-1.5 bg-white p-3 font-normal sm:w-48`}
              >
                <Link
                  href={`/questions/${question.id}`}
                  className="block font-medium text-stone-900 underline underline-offset-2"
                >
                  {question.measure}
                </Link>
                {question.scope ? <ScopeTag scope={question.scope} /> : null}
                <div>
                  <VerdictBadge status={verdict.status} />
                </div>
              </th>
              {matrix.sources.map((source) => (
                <td key={source.id} className="p-2">
                  <Cell cells={cells[source.id] ?? []} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ cells }: { cells: MatrixCell[] }) {
  if (!cells.length)
    // Most cells of a matrix are empty: one short class (globals.css) keeps them small.
    return (
      <span className="matrix-gap">
        <span aria-hidden>—</span>
        <span className="sr-only">no claim recorded</span>
      </span>
    );
  return (
    <ul className="space-y-1.5">
      {cells.map((cell) => {
        const colour = clusterColour(cell.cluster);
        return (
          <li key={cell.claimId}>
            <Link
              href={`/claims/${cell.claimId}`}
              // A matrix holds many claims; prefetching each one would query for all of them.
              prefetch={false}
              data-cluster={cell.cluster ?? "draft"}
              className={`block rounded px-2 py-1.5 hover:underline ${cell.draft ? "border border-dashed border-stone-400" : ""}`}
              style={{ backgroundColor: colour.tint, borderLeft: `5px solid ${colour.fill}` }}
            >
              <span className="block font-serif text-stone-950">“{cell.stated}”</span>
              <span className="block text-xs text-stone-700">
                {cell.cluster === null ? "draft, not counted" : groupName(cell.cluster)} ·{" "}
                {cell.valueText}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
