import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PassageInContext } from "@/app/_components/passage-in-context";
import { PublicationDateText } from "@/app/_components/publication-date-text";
import { getClaim } from "@/lib/claims/claim-data";
import { loadClaimSource } from "@/lib/claims/claim-source-data";
import { CLAIM_METHOD_LABELS } from "@/lib/claims/claim-methods";
import { referenceOf } from "@/lib/claims/claim-value";
import { RULES_VERSION } from "@/lib/values/rules-version";
import { listOrigins } from "@/lib/origins/origin-data";
import { ORIGINS_OFFERED } from "@/lib/origins/origin-schema";
import { getQuestionHeader, searchQuestionOptions } from "@/lib/questions/question-data";
import { currentActor } from "@/app/_auth/current-actor";
import { allows } from "@/lib/auth/permissions";
import { describeValue } from "@/lib/values/describe-value";
import { explainRule } from "@/lib/values/explain-rule";
import { CiteControl } from "@/app/_components/cite-control";
import { ClaimEditForm } from "./claim-edit-form";

export const metadata: Metadata = { title: "Claim" };

type Props = { params: Promise<{ id: string }> };

export default async function ClaimPage({ params }: Props) {
  const claim = await getClaim((await params).id);
  if (!claim) notFound();
  const actor = await currentActor();
  const canEdit = allows(actor?.role ?? null, "write");
  const [shown, question, options, origins] = await Promise.all([
    loadClaimSource(claim),
    getQuestionHeader(claim.questionId),
    canEdit ? searchQuestionOptions("", 20) : [],
    canEdit ? listOrigins(ORIGINS_OFFERED) : [],
  ]);
  if (!shown || !question) notFound();
  const { source, passage, reading } = shown;
  // The claim's own question is always among the choices, however long the list.
  const questions = options.some((q) => q.id === question.id) ? options : [question, ...options];
  // The passage the value is read from; a claim may have others, here or in other sources.
  const others = claim.passages.filter((p) => p.id !== passage?.id);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/questions/${question.id}`} className="underline">
            {question.subject.name} — {question.measure}
            {question.scope ? ` (${question.scope})` : ""}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">
          “{claim.stated}” <span className="text-stone-500">→</span> {describeValue(claim.value)}
          {claim.status === "draft" ? (
            <span className="ml-2 rounded bg-stone-200 px-2 py-0.5 align-middle text-sm">
              draft
            </span>
          ) : null}
        </h1>
        <p className="text-stone-700">
          In{" "}
          <Link href={`/sources/${source.id}`} className="underline">
            {source.title}
          </Link>
          {source.publisher ? `, ${source.publisher}` : ""} (
          <PublicationDateText value={source.published} />
          ). According to{" "}
          {claim.origin ? <strong>{claim.origin.name}</strong> : "the source itself"};{" "}
          {CLAIM_METHOD_LABELS[claim.method].toLowerCase()}.
        </p>
      </header>

      {passage ? (
        <figure className="max-w-prose space-y-2">
          <PassageInContext passage={passage} />
          <figcaption className="text-sm">
            <Link href={`/sources/${source.id}#passage-${passage.id}`} className="underline">
              Read it in the source
            </Link>{" "}
            ·{" "}
            <Link href={`/claims/${claim.id}/history`} className="underline">
              History
            </Link>
          </figcaption>
        </figure>
      ) : null}

      <CiteControl
        claimId={claim.id}
        passagePath={
          passage ? `/sources/${source.id}#passage-${passage.id}` : `/claims/${claim.id}`
        }
      />

      <dl className="grid max-w-prose grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-500">Parsed value</dt>
        <dd>
          {claim.parsedValue
            ? `${describeValue(claim.parsedValue)} — rule ${explainRule(claim.parsedValue.rule)}`
            : "none — set by the editor"}
        </dd>
        <dt className="text-stone-500">Read by</dt>
        <dd>
          {claim.parsedValue
            ? `rules version ${claim.parsedValue.rulesVersion ?? 1}${claim.parsedValue.rulesVersion === RULES_VERSION ? " (the current one)" : `; the current rules are version ${RULES_VERSION} (npm run values:rederive re-reads)`}`
            : "no rule: the editor gave the value"}
        </dd>
        {others.length ? (
          <>
            <dt className="text-stone-500">Other passages</dt>
            <dd>
              <ul className="space-y-1">
                {others.map((other) => (
                  <li key={other.id}>
                    <Link
                      href={`/sources/${other.sourceId}#passage-${other.id}`}
                      className="underline"
                    >
                      “{other.exact}”
                    </Link>
                    {other.sourceId === source.id ? "" : " (in another source)"}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt className="text-stone-500">Editor&rsquo;s correction</dt>
        <dd>{claim.override ? describeValue(claim.value) : "none"}</dd>
        {claim.asOf ? (
          <>
            <dt className="text-stone-500">As of</dt>
            <dd>{claim.asOf}</dd>
          </>
        ) : null}
        {claim.note ? (
          <>
            <dt className="text-stone-500">Note</dt>
            <dd>{claim.note}</dd>
          </>
        ) : null}
      </dl>

      {canEdit ? (
        <section
          aria-labelledby="edit-claim"
          className="max-w-2xl space-y-4 border-t border-stone-200 pt-6"
        >
          <h2 id="edit-claim" className="text-xl font-semibold">
            Edit this claim
          </h2>
          <ClaimEditForm
            claim={claim}
            quote={passage?.exact ?? ""}
            reference={referenceOf(source.published)}
            reading={reading}
            questions={questions}
            origins={origins.map((origin) => origin.name)}
          />
          {allows(actor?.role ?? null, "trash") ? (
            <p>
              <Link href={`/claims/${claim.id}/delete`} className="text-sm text-red-800 underline">
                Delete this claim…
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
