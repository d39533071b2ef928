import Link from "next/link";
import { PublicationDateText } from "@/app/_components/publication-date-text";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import type { SearchResults } from "@/lib/search/search-hits";
import type { SearchKind } from "@/lib/search/search-schema";
import { ORIGIN_CLAIMS_COUNTED } from "@/lib/search/search-hits";
import { SOURCE_KIND_LABELS } from "@/lib/sources/source-kinds";
import { SnippetText } from "./snippet-text";

const LIST = "divide-y divide-stone-200 rounded border border-stone-200 bg-white";

/** The results of one kind, each a link to the page it was found on. */
export function SearchResultList({ kind, results }: { kind: SearchKind; results: SearchResults }) {
  switch (kind) {
    case "sources":
      return (
        <ul className={LIST}>
          {results.sources?.items.map((hit) => (
            <li key={hit.id} className="space-y-1 p-4">
              <Link
                href={`/sources/${hit.id}`}
                className="font-medium underline-offset-2 hover:underline"
              >
                <SnippetText snippet={hit.title} />
              </Link>
              <p className="flex flex-wrap gap-x-3 text-sm text-stone-600">
                <span>{hit.publisher ?? "publisher unknown"}</span>
                <PublicationDateText value={hit.published} />
                <span>{SOURCE_KIND_LABELS[hit.kind]}</span>
                {hit.language ? <span>{hit.language}</span> : null}
              </p>
              <p className="text-sm text-stone-800">
                <SnippetText snippet={hit.snippet} />
              </p>
            </li>
          ))}
        </ul>
      );
    case "passages":
      return (
        <ul className={LIST}>
          {results.passages?.items.map((hit) => (
            <li key={hit.id} className="space-y-1 p-4">
              <blockquote className="font-serif text-stone-900">
                “<SnippetText snippet={hit.snippet} />”
              </blockquote>
              <p className="text-sm text-stone-600">
                <Link href={`/claims/${hit.claimId}`} className="underline">
                  Claim “{hit.stated}”
                </Link>{" "}
                on{" "}
                <Link href={`/questions/${hit.question.id}`} className="underline">
                  {hit.question.label}
                </Link>
                , in{" "}
                <Link href={`/sources/${hit.source.id}#passage-${hit.id}`} className="underline">
                  {hit.source.title}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      );
    case "claims":
      return (
        <ul className={LIST}>
          {results.claims?.items.map((hit) => (
            <li key={hit.id} className="space-y-1 p-4">
              <Link href={`/claims/${hit.id}`} className="font-medium underline">
                “<SnippetText snippet={hit.snippet} />”
              </Link>
              <p className="text-sm text-stone-600">
                on{" "}
                <Link href={`/questions/${hit.question.id}`} className="underline">
                  {hit.question.label}
                </Link>
                , in{" "}
                <Link href={`/sources/${hit.source.id}`} className="underline">
                  {hit.source.title}
                </Link>
                {hit.origin ? `, relaying ${hit.origin}` : null}
              </p>
            </li>
          ))}
        </ul>
      );
    case "questions":
      return (
        <ul className={LIST}>
          {results.questions?.items.map((hit) => (
            <li key={hit.id} className="flex flex-wrap items-center gap-3 p-4">
              <Link
                href={`/questions/${hit.id}`}
                className="font-medium underline-offset-2 hover:underline"
              >
                <SnippetText snippet={hit.snippet} />
              </Link>
              <VerdictBadge status={hit.verdict} />
              <span className="text-sm text-stone-600">
                {hit.claimCount} {hit.claimCount === 1 ? "claim" : "claims"}
              </span>
            </li>
          ))}
        </ul>
      );
    case "subjects":
      return (
        <ul className={LIST}>
          {results.subjects?.items.map((hit) => (
            <li key={hit.id} className="flex flex-wrap items-center gap-3 p-4">
              <Link
                href={`/subjects/${hit.id}`}
                className="font-medium underline-offset-2 hover:underline"
              >
                <SnippetText snippet={hit.snippet} />
              </Link>
              <span className="text-sm text-stone-600">
                {hit.questionCount} {hit.questionCount === 1 ? "question" : "questions"}
              </span>
            </li>
          ))}
        </ul>
      );
    case "origins":
      return (
        <ul className={LIST}>
          {results.origins?.items.map((hit) => (
            <li key={hit.id} className="space-y-1 p-4">
              <p className="font-medium">
                <SnippetText snippet={hit.snippet} />{" "}
                <span className="text-sm font-normal text-stone-600">
                  relayed by {claimCount(hit.claimCount)}
                </span>
              </p>
              {hit.claims.length ? (
                <ul className="space-y-0.5 text-sm text-stone-700">
                  {hit.claims.map((claim) => (
                    <li key={claim.id}>
                      <Link href={`/claims/${claim.id}`} className="underline">
                        “{claim.stated}”
                      </Link>{" "}
                      on{" "}
                      <Link href={`/questions/${claim.question.id}`} className="underline">
                        {claim.question.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      );
  }
}

function claimCount(count: number): string {
  if (count > ORIGIN_CLAIMS_COUNTED)
    return `more than ${ORIGIN_CLAIMS_COUNTED.toLocaleString("en")} claims`;
  return `${count} ${count === 1 ? "claim" : "claims"}`;
}
