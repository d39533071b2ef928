import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/app/_components/export-links";
import { GroupSwatch } from "@/app/_components/group-swatch";
import { cache } from "react";
import { loadForPage } from "@/app/_auth/lag-tolerant";
import { getSubjectMatrix } from "@/lib/subjects/subject-data";
import { SubjectMatrixQuerySchema } from "@/lib/subjects/subject-schema";
import { SubjectMatrixTable } from "./subject-matrix-table";

// One page of the matrix per request, shared by the page and its metadata.
const loadMatrix = cache((id: string, after: string | undefined) =>
  loadForPage(() => getSubjectMatrix(id, { after })),
);

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The page's cursor, or the first page (and why) when `after` is not one the matrix gave out.
async function pageAsked({ searchParams }: Pick<Props, "searchParams">) {
  const parsed = SubjectMatrixQuerySchema.pick({ after: true }).safeParse({
    after: (await searchParams).after,
  });
  return parsed.success
    ? { after: parsed.data.after, problem: null }
    : { after: undefined, problem: parsed.error.issues[0]?.message ?? "after is not valid" };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { after } = await pageAsked({ searchParams });
  const matrix = await loadMatrix((await params).id, after);
  return { title: matrix?.subject.name ?? "Subject not found" };
}

export default async function SubjectPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { after, problem } = await pageAsked({ searchParams });
  const matrix = await loadMatrix(id, after);
  if (!matrix) notFound();
  const first = matrix.questionsBefore + 1;
  const last = matrix.questionsBefore + matrix.rows.length;
  const groups = Math.max(0, ...matrix.rows.map((row) => row.verdict.clusters.length));
  const hasDrafts = matrix.rows.some((row) =>
    Object.values(row.cells).some((cells) => cells.some((cell) => cell.draft)),
  );

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
          <Link href="/subjects" className="hover:underline">
            Subjects
          </Link>
        </nav>
        <h1 className="text-3xl font-semibold tracking-tight">{matrix.subject.name}</h1>
        {matrix.subject.description ? (
          <p className="max-w-2xl text-stone-700">{matrix.subject.description}</p>
        ) : null}
        <p className="max-w-2xl text-stone-700">
          Each row is a question, each column a source. A cell holds what that source states; open a
          question for the passages in context.
        </p>
        <ExportLinks scope="subject" id={matrix.subject.id} />
        <form
          action="/search"
          method="get"
          role="search"
          aria-label="In this subject"
          className="flex max-w-xl flex-wrap gap-2 text-sm"
        >
          <input type="hidden" name="subject" value={matrix.subject.id} />
          <label htmlFor="subject-search-q" className="sr-only">
            Words to search for in this subject
          </label>
          <input
            id="subject-search-q"
            type="search"
            name="q"
            required
            maxLength={200}
            placeholder="Search this subject’s sources, passages and questions"
            className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-1.5"
          />
          <button type="submit" className="rounded border border-stone-400 bg-white px-3 py-1.5">
            Search
          </button>
        </form>
      </header>

      {problem ? (
        <p
          role="status"
          className="rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950"
        >
          That page could not be found ({problem}), so the first questions are shown.
        </p>
      ) : null}

      {matrix.rows.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          {matrix.questionCount
            ? "No questions after these. "
            : "No questions about this subject yet."}
          {matrix.questionCount ? (
            <Link href={`/subjects/${matrix.subject.id}`} className="underline">
              First questions
            </Link>
          ) : null}
        </p>
      ) : (
        <>
          <section aria-label="Legend" className="space-y-2 text-sm text-stone-700">
            <p>
              Within a row, cells of the same colour hold compatible claims — they could all be true
              at once. Colours only compare cells of the same row.
            </p>
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              {Array.from({ length: groups }, (_, index) => (
                <li key={index}>
                  <GroupSwatch index={index} />
                </li>
              ))}
              {hasDrafts ? (
                <li>
                  <GroupSwatch index={null} />
                </li>
              ) : null}
              <li className="inline-flex items-center gap-1.5">
                <span
                  aria-hidden
                  className="inline-block h-3 w-5 rounded-sm border border-dashed border-stone-300"
                />
                no claim recorded
              </li>
            </ul>
          </section>
          {matrix.sources.length > 1 ? (
            <p className="text-sm text-stone-600 sm:hidden">
              {matrix.sources.length} sources: scroll the table sideways to see them all →
            </p>
          ) : null}
          <p className="text-sm text-stone-600" role="status">
            {matrix.rows.length === matrix.questionCount
              ? `${matrix.questionCount} ${matrix.questionCount === 1 ? "question" : "questions"}, A to Z by measure and scope.`
              : `Questions ${first}–${last} of ${matrix.questionCount}, A to Z by measure and scope.`}
          </p>
          <SubjectMatrixTable matrix={matrix} />
          {after || matrix.nextCursor ? (
            <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm">
              {after ? (
                <Link href={`/subjects/${matrix.subject.id}`} className="underline">
                  ← First questions
                </Link>
              ) : (
                <span />
              )}
              {matrix.nextCursor ? (
                <Link
                  href={`/subjects/${matrix.subject.id}?${new URLSearchParams({ after: matrix.nextCursor })}`}
                  rel="next"
                  className="underline"
                >
                  Next questions →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
