import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/app/_components/export-links";
import { GroupSwatch } from "@/app/_components/group-swatch";
import { cache } from "react";
import { loadForPage } from "@/app/_auth/lag-tolerant";
import { getSubjectMatrix } from "@/lib/subjects/subject-data";
import { SubjectMatrixTable } from "./subject-matrix-table";

// One matrix per request, shared by the page and its metadata.
const loadMatrix = cache((id: string) => loadForPage(() => getSubjectMatrix(id)));

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const matrix = await loadMatrix((await params).id);
  return { title: matrix?.subject.name ?? "Subject not found" };
}

export default async function SubjectPage({ params }: Props) {
  const matrix = await loadMatrix((await params).id);
  if (!matrix) notFound();
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

      {matrix.rows.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          No questions about this subject yet.
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
          <SubjectMatrixTable matrix={matrix} />
        </>
      )}
    </div>
  );
}
