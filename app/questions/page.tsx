import type { Metadata } from "next";
import type { z } from "zod";
import Link from "next/link";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import { listQuestions } from "@/lib/questions/question-data";
import { QuestionFilterSchema } from "@/lib/questions/question-schema";
import { getSubjectName, listSubjects } from "@/lib/subjects/subject-data";
import { QuestionList } from "@/app/_components/question-list";
import { loadForPage } from "@/app/_auth/lag-tolerant";
import { SubjectFilter } from "./subject-filter";

export const metadata: Metadata = { title: "Questions" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const VERDICTS: { value: VerdictStatus; label: string }[] = [
  { value: "diverge", label: "Sources diverge" },
  { value: "agree", label: "Sources agree" },
  { value: "single", label: "Single origin" },
  { value: "none", label: "No claims yet" },
];

export default async function QuestionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const parsed = QuestionFilterSchema.safeParse({
    subject: params.subject,
    verdict: params.verdict,
    order: params.order,
    cursor: params.cursor,
  });
  // A filter that cannot match (a mistyped verdict, a deleted subject) shows everything and says so.
  const filter: Partial<z.output<typeof QuestionFilterSchema>> = parsed.success ? parsed.data : {};
  // The filter offers the first page of subjects, and the chosen one wherever it is.
  const [firstSubjects, chosen] = await loadForPage(() =>
    Promise.all([
      listSubjects(),
      filter.subject ? getSubjectName(filter.subject) : Promise.resolve(null),
    ]),
  );
  const subjects = [
    ...(chosen && !firstSubjects.items.some((s) => s.id === chosen.id) ? [chosen] : []),
    ...firstSubjects.items,
  ];
  const subject = chosen ?? undefined;
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)),
    ...(filter.subject && !subject ? ["there is no such subject"] : []),
  ];
  const applied = problems.length ? {} : filter;
  const order = applied.order ?? "divergent";
  const page = await loadForPage(() =>
    listQuestions({
      subjectId: applied.subject,
      verdict: applied.verdict,
      order,
      cursor: applied.cursor,
      limit: PAGE_SIZE,
    }),
  );
  const questions = page.items;
  const query = (extra: Record<string, string>) =>
    `/questions?${new URLSearchParams({
      ...(applied.subject ? { subject: applied.subject } : {}),
      ...(applied.verdict ? { verdict: applied.verdict } : {}),
      ...(order === "label" ? { order } : {}),
      ...extra,
    })}`;
  const filtered = Boolean(applied.subject || applied.verdict);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Questions</h1>
        <p className="text-stone-600">
          Each question is one subject, one measure and one scope.{" "}
          {order === "label"
            ? "By subject, measure and scope, A to Z."
            : "The most divergent come first."}
        </p>
      </div>

      <form
        method="get"
        action="/questions"
        className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3"
      >
        <SubjectFilter
          value={applied.subject}
          options={subjects.map((s) => ({ value: s.id, label: s.name }))}
        />
        <FilterSelect
          name="verdict"
          label="Verdict"
          value={applied.verdict}
          any="Any verdict"
          options={VERDICTS}
        />
        <label className="flex flex-col gap-1 text-sm text-stone-700">
          Order
          <select
            name="order"
            defaultValue={order}
            className="rounded border border-stone-300 bg-white px-2 py-1.5"
          >
            <option value="divergent">Most divergent first</option>
            <option value="label">A to Z</option>
          </select>
        </label>
        <button
          type="submit"
          className="rounded bg-stone-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-stone-700"
        >
          Show
        </button>
        {filtered ? (
          <Link href="/questions" className="py-1.5 text-sm underline">
            Clear filters
          </Link>
        ) : null}
      </form>

      {firstSubjects.nextCursor ? (
        <p className="text-sm text-stone-600">
          The subject list offers the first {firstSubjects.items.length} subjects, A to Z; “Find a
          subject” reaches every other. Without JavaScript, open one from the{" "}
          <Link href="/subjects" className="underline">
            subjects
          </Link>{" "}
          (each lists its questions), or{" "}
          <Link href="/search" className="underline">
            search
          </Link>{" "}
          for it.
        </p>
      ) : null}

      {problems.length ? (
        <p
          role="status"
          className="rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950"
        >
          That filter could not be used ({problems.join("; ")}), so all questions are shown.
        </p>
      ) : null}

      <p className="text-sm text-stone-600" role="status">
        {page.total} {page.total === 1 ? "question" : "questions"}
        {subject ? ` about ${subject.name}` : ""}
        {applied.verdict
          ? ` with the verdict “${VERDICTS.find((v) => v.value === applied.verdict)?.label}”`
          : ""}
        .
      </p>

      {questions.length ? (
        <>
          <QuestionList questions={questions} />
          <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm">
            {applied.cursor ? (
              <Link href={query({})} className="underline">
                ← First page
              </Link>
            ) : (
              <span />
            )}
            {page.nextCursor ? (
              <Link href={query({ cursor: page.nextCursor })} rel="next" className="underline">
                Next {PAGE_SIZE} →
              </Link>
            ) : null}
          </nav>
        </>
      ) : (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          No question matches.{" "}
          <Link href="/questions" className="underline">
            Show all questions
          </Link>
          .
        </p>
      )}
      <VerdictKey />
    </div>
  );
}

function VerdictKey() {
  return (
    <aside className="space-y-2 border-t border-stone-200 pt-4 text-sm text-stone-700">
      <h2 className="font-medium text-stone-900">What the verdicts mean</h2>
      <ul className="space-y-1.5">
        <li className="flex flex-wrap items-center gap-2">
          <VerdictBadge status="agree" /> some value is compatible with every claim, from two or
          more independent origins.
        </li>
        <li className="flex flex-wrap items-center gap-2">
          <VerdictBadge status="diverge" /> some claims cannot both be true.
        </li>
        <li className="flex flex-wrap items-center gap-2">
          <VerdictBadge status="single" /> every claim goes back to one origin: nothing independent
          to compare.
        </li>
      </ul>
    </aside>
  );
}

// One filter of the GET form: a labelled select whose empty choice means "no filter".
function FilterSelect(props: {
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="space-y-1 text-sm">
      <span className="block font-medium text-stone-800">{props.label}</span>
      <select
        name={props.name}
        defaultValue={props.value ?? ""}
        className="block rounded border border-stone-300 bg-white px-2 py-1.5"
      >
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
