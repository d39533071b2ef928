import Link from "next/link";
import { QuestionList } from "@/app/_components/question-list";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import { countQuestionsByVerdict, listQuestions } from "@/lib/questions/question-data";
import { loadForPage } from "@/app/_auth/lag-tolerant";

// The questions change whenever a claim is recorded: render on each request, not at build time.
export const dynamic = "force-dynamic";

const SHOWN = 5;

export default async function HomePage() {
  // The top few from the stored verdicts' index, and the counts by verdict: two small queries.
  const [top, counts] = await loadForPage(() =>
    Promise.all([listQuestions({ limit: SHOWN }), countQuestionsByVerdict()]),
  );
  const shown = top.items;
  const divergent = { length: counts.diverge };
  const agreeing = counts.agree;
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);

  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-semibold tracking-tight">Who says what, on what authority</h1>
        <p className="max-w-2xl text-lg text-stone-700">
          Crosscheck records the figures that sources assert — casualty counts, dates — each tied to
          the exact words that assert it, and shows where sources agree and where they diverge.
        </p>
        <p className="max-w-2xl text-stone-700">
          It takes no side. It puts the claims on one line, says which could all be true at once,
          and counts two sources repeating one origin as one piece of evidence — then leaves the
          reading of the passages to you.
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-stone-700">
          <li className="flex items-center gap-2">
            <VerdictBadge status="diverge" /> some claims cannot both be true
          </li>
          <li className="flex items-center gap-2">
            <VerdictBadge status="agree" /> independent origins are compatible
          </li>
          <li className="flex items-center gap-2">
            <VerdictBadge status="single" /> one origin only
          </li>
        </ul>
      </section>

      <section aria-labelledby="divergent" className="space-y-3">
        <h2 id="divergent" className="text-xl font-semibold">
          {divergent.length ? "Where sources diverge" : "Questions"}
        </h2>
        {shown.length ? (
          <QuestionList questions={shown} />
        ) : (
          <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
            No claims recorded yet. Open a source and select the words that assert a figure.
          </p>
        )}
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href="/questions" className="underline">
            All {total} questions
          </Link>
          {divergent.length > SHOWN ? (
            <Link href="/questions?verdict=diverge" className="underline">
              All {divergent.length} where sources diverge
            </Link>
          ) : null}
          {agreeing ? (
            <Link href="/questions?verdict=agree" className="underline">
              {agreeing} where sources agree
            </Link>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="browse" className="space-y-3">
        <h2 id="browse" className="text-xl font-semibold">
          Browse
        </h2>
        <div className="grid gap-3 sm:grid-cols-2">
          <Link
            href="/subjects"
            className="block rounded border border-stone-200 bg-white p-4 hover:border-stone-400"
          >
            <span className="font-medium">Subjects →</span>
            <span className="mt-1 block text-sm text-stone-600">
              Each event as a table: its questions against the sources that answer them.
            </span>
          </Link>
          <Link
            href="/sources"
            className="block rounded border border-stone-200 bg-white p-4 hover:border-stone-400"
          >
            <span className="font-medium">Sources →</span>
            <span className="mt-1 block text-sm text-stone-600">
              The documents themselves, with the passages that claims quote.
            </span>
          </Link>
        </div>
      </section>
    </div>
  );
}
