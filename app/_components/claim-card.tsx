import { CLAIM_METHOD_LABELS } from "@/lib/claims/claim-methods";
import type { ClaimView } from "@/lib/questions/comparison-types";
import { SOURCE_KIND_LABELS } from "@/lib/sources/source-kinds";
import { CiteControl } from "./cite-control";
import { clusterColour } from "./cluster-palette";
import { PassageInContext } from "./passage-in-context";
import { PublicationDateText } from "./publication-date-text";
import { shortSourceLabel } from "./source-label";

/**
 * One claim as a reader checks it: the words and the value read from them, the passage in
 * context, who the source says the figure comes from, and links to the source and the claim.
 *
 * Its links are plain anchors, not next/link: a comparison shows dozens of cards with four or
 * more links each, and each next/link is a client component rendered on the server and hydrated
 * in the browser, which prefetches every one that scrolls into view. Leaving the comparison for a
 * source is a full page load, which costs the reader little and the server less.
 */
export function ClaimCard({
  claim,
  others,
}: {
  claim: ClaimView;
  /** The question's other claims, to name the ones relaying the same origin. */
  others: ReadonlyMap<string, ClaimView>;
}) {
  const colour = clusterColour(claim.counted ? (claim.clusters[0] ?? null) : null);
  const firstPassage = claim.passages[0];
  // A passage the text no longer holds has no highlight to jump to: open the source instead.
  const passageHref = (passage: ClaimView["passages"][number]) =>
    passage.found === "missing"
      ? `/sources/${claim.source.id}`
      : `/sources/${claim.source.id}#passage-${passage.id}`;
  const relays = claim.relays.map((id) => others.get(id)).filter((c) => c !== undefined);
  return (
    <article
      id={`claim-${claim.id}`}
      className={`scroll-mt-4 space-y-3 rounded border bg-white p-4 ${claim.counted ? "border-stone-200" : "border-dashed border-stone-400"}`}
      style={{ borderLeft: `6px solid ${colour.fill}` }}
    >
      {!claim.counted ? (
        <p className="inline-block rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold tracking-wide text-stone-700 uppercase">
          Draft — not counted
        </p>
      ) : null}
      <p className="text-lg leading-snug">
        <span className="font-serif">“{claim.stated}”</span>{" "}
        <span className="text-stone-500">reads as</span>{" "}
        {firstPassage ? (
          <a
            href={passageHref(firstPassage)}
            className="font-semibold underline decoration-stone-400 underline-offset-2 hover:decoration-stone-900"
          >
            {claim.valueText}
          </a>
        ) : (
          <strong>{claim.valueText}</strong>
        )}
        {claim.value.overridden ? (
          <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 align-middle text-xs text-stone-700">
            overridden by an editor
          </span>
        ) : null}
      </p>
      {claim.passages.map((passage) => (
        <PassageInContext key={passage.id} passage={passage} />
      ))}
      <div className="text-sm text-stone-700">
        <p className="font-medium text-stone-900">
          <a href={`/sources/${claim.source.id}`} className="hover:underline">
            {claim.source.title}
          </a>
        </p>
        <p className="flex flex-wrap gap-x-2">
          <span>
            {claim.source.publisher ?? <span className="text-stone-500">publisher unknown</span>}
          </span>
          <span aria-hidden>·</span>
          <PublicationDateText value={claim.source.published} />
          <span aria-hidden>·</span>
          <span>{SOURCE_KIND_LABELS[claim.source.kind]}</span>
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-500">According to</dt>
        <dd>
          {claim.origin ? (
            claim.origin.name
          ) : (
            <span className="text-stone-600">the source itself</span>
          )}
        </dd>
        <dt className="text-stone-500">Method</dt>
        <dd>{CLAIM_METHOD_LABELS[claim.method]}</dd>
        {claim.asOf ? (
          <>
            <dt className="text-stone-500">As of</dt>
            <dd>
              <PublicationDateText value={claim.asOf} />
            </dd>
          </>
        ) : null}
        {claim.note ? (
          <>
            <dt className="text-stone-500">Editor’s note</dt>
            <dd>{claim.note}</dd>
          </>
        ) : null}
      </dl>
      {relays.length ? (
        <p className="rounded bg-stone-100 px-3 py-2 text-sm text-stone-800">
          Relays the same origin as{" "}
          {relays.map((other, i) => (
            <span key={other.id}>
              {i > 0 ? (i === relays.length - 1 ? " and " : ", ") : null}
              <a href={`#claim-${other.id}`} className="underline">
                {shortSourceLabel(other.source)}
              </a>
            </span>
          ))}
          : one piece of evidence, not {relays.length + 1}.
        </p>
      ) : null}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {claim.passages.map((passage, i) => (
          <a
            key={passage.id}
            href={passageHref(passage)}
            className="font-medium text-amber-800 underline underline-offset-2"
          >
            Read in source{claim.passages.length > 1 ? ` (passage ${i + 1})` : ""} →
          </a>
        ))}
        <a href={`/claims/${claim.id}`} className="text-stone-700 underline underline-offset-2">
          Claim details
        </a>
      </p>
      <CiteControl
        claimId={claim.id}
        passagePath={firstPassage ? passageHref(firstPassage) : `/claims/${claim.id}`}
      />
    </article>
  );
}
