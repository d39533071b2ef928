import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicationDateText } from "@/app/_components/publication-date-text";
import { listSourceClaims } from "@/lib/claims/claim-data";
import { referenceOf } from "@/lib/claims/claim-value";
import { readingLanguage } from "@/lib/claims/reading-language";
import { listOrigins } from "@/lib/origins/origin-data";
import { ORIGINS_OFFERED } from "@/lib/origins/origin-schema";
import { searchQuestionOptions } from "@/lib/questions/question-data";
import { SOURCE_KIND_LABELS } from "@/lib/sources/source-kinds";
import { describeValue } from "@/lib/values/describe-value";
import { currentActor } from "@/app/_auth/current-actor";
import { allows } from "@/lib/auth/permissions";
import { ExportLinks } from "@/app/_components/export-links";
import { listPassagesToReview } from "@/lib/sources/passage-review-data";
import { listOriginals } from "@/lib/sources/source-original-data";
import { wordChanges } from "@/lib/passages/word-changes";
import { ClaimRecorder } from "./claim-recorder";
import { loadSource } from "./load-source";
import { PassageReview, type ReviewItem } from "./passage-review";
import { ReimportButton } from "./reimport-button";
import { SourceOriginals } from "./source-originals";
import { SourceText, type HighlightedPassage } from "./source-text";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id);
  return { title: source?.title ?? "Source not found" };
}

export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const source = await loadSource(id);
  if (!source) notFound();
  const role = (await currentActor())?.role ?? null;
  const canEdit = allows(role, "write");
  const [claims, questions, origins, toReview, originals] = await Promise.all([
    listSourceClaims(id),
    canEdit ? searchQuestionOptions("", 20) : [],
    canEdit ? listOrigins(ORIGINS_OFFERED) : [],
    canEdit ? listPassagesToReview(id) : [],
    listOriginals(id),
  ]);
  const reviewItems: ReviewItem[] = toReview.map(({ previousExact, ...item }) => ({
    ...item,
    changes:
      item.status === "reanchored" && previousExact ? wordChanges(previousExact, item.exact) : null,
  }));
  // An orphan points into an older version of the text: it has no place in this one.
  const orphans = new Set(toReview.filter((p) => p.status === "orphaned").map((p) => p.id));
  const passages: HighlightedPassage[] = claims.flatMap((claim) =>
    claim.passages
      // Only this text's passages (a claim may have some in other sources), orphans aside.
      .filter((passage) => passage.sourceId === source.id && !orphans.has(passage.id))
      .map((passage) => ({
        passageId: passage.id,
        claimId: claim.id,
        start: passage.start,
        end: passage.end,
        label: `${claim.question.subject.name} — ${claim.question.measure}: ${claim.stated}`,
        draft: claim.status === "draft",
      })),
  );

  return (
    <article className="space-y-6">
      <header className="space-y-3 border-b border-stone-200 pb-5">
        <p className="text-sm font-medium tracking-wide text-amber-700 uppercase">
          {SOURCE_KIND_LABELS[source.kind]}
        </p>
        <h1 className="font-serif text-3xl leading-tight font-semibold">{source.title}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-stone-700">
          <dt className="text-stone-500">Publisher</dt>
          <dd>{source.publisher ?? <span className="text-stone-500">unknown</span>}</dd>
          <dt className="text-stone-500">Published</dt>
          <dd>
            <PublicationDateText value={source.published} />
          </dd>
          {source.authors.length > 0 ? (
            <>
              <dt className="text-stone-500">
                {source.authors.length === 1 ? "Author" : "Authors"}
              </dt>
              <dd>{source.authors.join("; ")}</dd>
            </>
          ) : null}
          {source.language ? (
            <>
              <dt className="text-stone-500">Language</dt>
              <dd>{source.language}</dd>
            </>
          ) : null}
          {source.url ? (
            <>
              <dt className="text-stone-500">Address</dt>
              <dd className="break-all">
                <a href={source.url} className="underline" rel="noreferrer noopener">
                  {source.url}
                </a>
              </dd>
            </>
          ) : null}
          {source.archiveUrl ? (
            <>
              <dt className="text-stone-500">Archived copy</dt>
              <dd className="break-all">
                <a href={source.archiveUrl} className="underline" rel="noreferrer noopener">
                  {source.archiveUrl}
                </a>
              </dd>
            </>
          ) : null}
          <dt className="text-stone-500">Accessed</dt>
          <dd>
            <PublicationDateText value={source.accessed} />
          </dd>
        </dl>
        <div className="flex gap-3 text-sm">
          {canEdit ? (
            <Link
              href={`/sources/${source.id}/edit`}
              className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100"
            >
              Edit details
            </Link>
          ) : null}
          {canEdit ? (
            <Link
              href={`/sources/${source.id}/text`}
              className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100"
            >
              Edit text
            </Link>
          ) : null}
          {canEdit && (source.url || originals.some((original) => original.url)) ? (
            <ReimportButton sourceId={source.id} />
          ) : null}
          {allows(role, "trash") ? (
            <Link
              href={`/sources/${source.id}/delete`}
              className="rounded border border-red-200 bg-white px-3 py-1.5 text-red-800 hover:bg-red-50"
            >
              Delete…
            </Link>
          ) : null}
          <Link href={`/sources/${source.id}/history`} className="px-1 py-1.5 underline">
            History
          </Link>
          <Link href={`/sources/${source.id}/versions`} className="px-1 py-1.5 underline">
            Text versions ({source.textVersion})
          </Link>
        </div>
        <ExportLinks scope="source" id={source.id} />
        <SourceOriginals sourceId={source.id} originals={originals} />
      </header>
      {reviewItems.length > 0 ? <PassageReview sourceId={source.id} items={reviewItems} /> : null}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        {canEdit ? (
          <ClaimRecorder
            sourceId={source.id}
            text={source.text}
            language={readingLanguage(source.language, source.text)}
            reference={referenceOf(source.published)}
            questions={questions}
            origins={origins.map((origin) => origin.name)}
          >
            <SourceText text={source.text} passages={passages} />
          </ClaimRecorder>
        ) : (
          <SourceText text={source.text} passages={passages} />
        )}
        <aside
          aria-labelledby="claims-in-source"
          className="order-first space-y-3 lg:sticky lg:top-4 lg:order-none lg:self-start"
        >
          <h2
            id="claims-in-source"
            className="text-sm font-semibold tracking-wide text-stone-600 uppercase"
          >
            Claims in this source ({claims.length})
          </h2>
          {claims.length === 0 ? (
            <p className="text-sm text-stone-600">
              None yet.{canEdit ? " Select words in the text to record one." : ""}
            </p>
          ) : (
            <ul className="space-y-2 text-sm">
              {claims.map((claim) => (
                <li key={claim.id} className="rounded border border-stone-200 bg-white p-3">
                  <Link
                    href={`/questions/${claim.questionId}`}
                    className="font-medium underline-offset-2 hover:underline"
                  >
                    {claim.question.subject.name} — {claim.question.measure}
                    {claim.question.scope ? ` (${claim.question.scope})` : ""}
                  </Link>
                  <p className="mt-1 text-stone-700">
                    <a
                      href={`#passage-${claim.passages.find((p) => p.sourceId === source.id)?.id}`}
                      className="underline"
                    >
                      “{claim.stated}”
                    </a>{" "}
                    → {describeValue(claim.value)}
                    {claim.status === "draft" ? (
                      <span className="ml-1 rounded bg-stone-200 px-1 text-xs">draft</span>
                    ) : null}
                  </p>
                  <Link
                    href={`/claims/${claim.id}`}
                    className="inline-block min-h-6 leading-6 text-stone-600 underline"
                  >
                    Claim details
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </article>
  );
}
