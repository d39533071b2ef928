import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { questionLabel, ScopeTag } from "@/app/_components/question-label";
import { RangeChart } from "@/app/_components/range-chart";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import { listOtherScopes } from "@/lib/questions/question-data";
import { QUESTION_KIND_LABELS } from "@/lib/questions/question-kinds";
import { ConfirmDelete } from "@/app/_components/confirm-delete";
import { deleteQuestionAction } from "../actions";
import { currentActor } from "@/app/_auth/current-actor";
import { allows } from "@/lib/auth/permissions";
import { EmbedCode } from "@/app/_components/embed-code";
import { ExportLinks } from "@/app/_components/export-links";
import { JsonLdScript } from "@/app/_components/json-ld-script";
import { requestOrigin } from "@/app/_components/request-origin";
import { appUrls } from "@/lib/exports/cited-claim";
import { questionJsonLdParts } from "@/lib/exports/question-json-ld-data";
import { questionJsonLd } from "@/lib/exports/schema-org";
import { ClaimGroups } from "./claim-groups";
import { loadComparison } from "./load-comparison";
import { loadForPage } from "@/app/_auth/lag-tolerant";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await loadComparison((await params).id);
  return { title: comparison ? questionLabel(comparison.question) : "Question not found" };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const { deleted } = await searchParams;
  const comparison = await loadComparison((await params).id);
  if (!comparison) notFound();
  const { question, verdict, claims } = comparison;
  const origin = await requestOrigin();
  // Two reads that need only the comparison, sent together rather than one after the other:
  // questions with the same subject and measure but another scope (a separate question the
  // reader may be looking for), and the sources' citation fields for the JSON-LD.
  const [otherScopes, jsonLd] = await Promise.all([
    loadForPage(() => listOtherScopes(question)),
    claims.length ? loadForPage(() => questionJsonLdParts(comparison, appUrls(origin))) : null,
  ]);
  const sources = new Set(claims.filter((c) => c.counted).map((c) => c.source.id)).size;
  const drafts = claims.filter((claim) => !claim.counted).length;

  return (
    <article className="space-y-8">
      {jsonLd ? (
        <JsonLdScript data={questionJsonLd(jsonLd.question, jsonLd.verdict, jsonLd.claims)} />
      ) : null}
      {deleted ? (
        <p role="status" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm">
          The claim was deleted; the verdict below no longer counts it.
        </p>
      ) : null}
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
          <Link href="/questions" className="hover:underline">
            Questions
          </Link>{" "}
          ›{" "}
          <Link href={`/subjects/${question.subject.id}`} className="hover:underline">
            {question.subject.name}
          </Link>
        </nav>
        <h1 className="text-3xl leading-tight font-semibold tracking-tight">
          {question.subject.name} — {question.measure}
        </h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <ScopeTag scope={question.scope} />
          <span className="text-sm text-stone-600">
            Measured as: {QUESTION_KIND_LABELS[question.kind].toLowerCase()}
            {question.unit ? ` (${question.unit})` : ""}
          </span>
          <Link href={`/questions/${question.id}/history`} className="text-sm underline">
            History
          </Link>
        </p>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          <ExportLinks scope="question" id={question.id} />
          <EmbedCode
            src={`${origin}/embed/questions/${question.id}`}
            title={`${question.subject.name} — ${question.measure}: what sources say`}
          />
        </div>
        {otherScopes.length ? (
          <p className="rounded border border-stone-200 bg-stone-100 px-3 py-2 text-sm text-stone-800">
            Claims with another scope are compared separately:{" "}
            {otherScopes.map((other, i) => (
              <span key={other.id}>
                {i > 0 ? ", " : null}
                <Link href={`/questions/${other.id}`} className="font-medium underline">
                  {other.measure}, {other.scope || "no particular scope"}
                </Link>{" "}
                ({other.claimCount} {other.claimCount === 1 ? "claim" : "claims"})
              </span>
            ))}
            .
          </p>
        ) : null}
      </header>

      <section
        aria-labelledby="verdict"
        className="space-y-3 rounded border border-stone-200 bg-white p-4 sm:p-5"
      >
        <h2 id="verdict" className="sr-only">
          Verdict
        </h2>
        <VerdictBadge status={verdict.status} />
        <p className="text-lg leading-snug text-stone-900 sm:text-xl" data-testid="verdict-summary">
          {verdict.summary}
        </p>
        <p className="text-sm text-stone-600">
          {count(verdict.independentOrigins, "independent origin")} ·{" "}
          {count(claims.length - drafts, "claim")} counted from {count(sources, "source")}
          {drafts ? ` · ${count(drafts, "draft")} not counted` : ""}
        </p>
      </section>

      {claims.length ? (
        <>
          <section aria-labelledby="chart" className="space-y-3">
            <h2 id="chart" className="text-xl font-semibold">
              Each claim on one line
            </h2>
            <RangeChart comparison={comparison} />
          </section>
          <section aria-labelledby="claims" className="space-y-4">
            <h2 id="claims" className="text-xl font-semibold">
              What each source says, in its own words
            </h2>
            <ClaimGroups comparison={comparison} />
          </section>
        </>
      ) : (
        <div className="space-y-3 rounded border border-dashed border-stone-300 p-6 text-stone-600">
          <p>
            No claims are recorded for this question yet. Record one from a source&rsquo;s text.
          </p>
          {allows((await currentActor())?.role ?? null, "trash") ? (
            <ConfirmDelete
              action={deleteQuestionAction.bind(null, question.id)}
              label="Delete this empty question"
              cancelHref="/sources"
              cancelLabel="Go to the sources"
            />
          ) : null}
        </div>
      )}
    </article>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
