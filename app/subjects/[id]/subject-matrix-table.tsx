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
 *
 * Its links are plain anchors, as on the claim cards: a matrix holds a link per source, per
 * question and per claim (over a hundred on a busy subject), and each next/link would be a
 * client component rendered on the server, hydrated in the browser and prefetched in view.
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
                <a href={`/sources/${source.id}`} className="hover:underline" title={source.title}>
                  {truncateText(source.title, 60)}
                </a>
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
                <a
                  href={`/questions/${question.id}`}
                  className="block font-medium text-stone-900 underline underline-offset-2"
                >
                  {question.measure}
                </a>
                {question.scope ? <ScopeTag scope={question.scope} /> : null}
                <div>
                  <VerdictBadge status={verdict.status} />
                </div>
              </th>
              {matrix.sources.map((source) => {
                const here = cells[source.id] ?? [];
                // Most cells of a matrix are empty: one class and no content (globals.css draws
                // its marks), so a busy subject's page is not mostly empty cells.
                return here.length ? (
                  <td key={source.id} className="p-2">
                    <CellClaims cells={here} />
                  </td>
                ) : (
                  <td key={source.id} className="matrix-gap" />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CellClaims({ cells }: { cells: MatrixCell[] }) {
  return (
    <ul className="space-y-1.5">
      {cells.map((cell) => {
        const colour = clusterColour(cell.cluster);
        return (
          <li key={cell.claimId}>
            <a
              href={`/claims/${cell.claimId}`}
              data-cluster={cell.cluster ?? "draft"}
              className={`block rounded px-2 py-1.5 hover:underline ${cell.draft ? "border border-dashed border-stone-400" : ""}`}
              style={{ backgroundColor: colour.tint, borderLeft: `5px solid ${colour.fill}` }}
            >
              <span className="block font-serif text-stone-950">“{cell.stated}”</span>
              <span className="block text-xs text-stone-700">
                {cell.cluster === null ? "draft, not counted" : groupName(cell.cluster)} ·{" "}
                {cell.valueText}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
