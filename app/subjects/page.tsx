import type { Metadata } from "next";
import Link from "next/link";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import { listSubjects } from "@/lib/subjects/subject-data";
import { loadForPage } from "@/app/_auth/lag-tolerant";

export const metadata: Metadata = { title: "Subjects" };
// Read from the database on each request, not once at build time.
export const dynamic = "force-dynamic";

const IN_WORDS: [VerdictStatus, string][] = [
  ["diverge", "where sources diverge"],
  ["agree", "where they agree"],
  ["single", "with a single origin"],
  ["none", "with no claims yet"],
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubjectsPage({ searchParams }: Props) {
  const { after } = await searchParams;
  const cursor = typeof after === "string" && after ? after.slice(0, 400) : undefined;
  const page = await loadForPage(() => listSubjects({ after: cursor }));
  const subjects = page.items;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Subjects</h1>
        <p className="text-stone-600">
          Events, places and organisations that claims are about. Each opens a table of its
          questions against the sources that answer them.
        </p>
      </div>
      {subjects.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          No subjects yet: they appear when the first claim about them is recorded.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {subjects.map((subject) => {
            const counts = subject.verdicts;
            return (
              <li key={subject.id} className="space-y-2 p-4">
                <Link
                  href={`/subjects/${subject.id}`}
                  className="text-lg font-medium text-stone-900 underline-offset-2 hover:underline"
                >
                  {subject.name}
                </Link>
                {subject.description ? (
                  <p className="text-stone-700">{subject.description}</p>
                ) : null}
                <p className="text-sm text-stone-600">
                  {subject.questionCount} {subject.questionCount === 1 ? "question" : "questions"}
                  {subject.questionCount ? ": " : ""}
                  {IN_WORDS.filter(([status]) => counts[status])
                    .map(([status, words]) => `${counts[status]} ${words}`)
                    .join(", ")}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm">
        {cursor ? (
          <Link href="/subjects" className="underline">
            ← First page
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <Link
            href={`/subjects?${new URLSearchParams({ after: page.nextCursor })}`}
            rel="next"
            className="underline"
          >
            Next subjects →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
