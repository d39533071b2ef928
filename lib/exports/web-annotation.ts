import type { CitedClaim } from "@/lib/citations/citation-types";
import { CLAIM_METHOD_LABELS } from "@/lib/claims/claim-methods";
import { describeValue } from "@/lib/values/describe-value";
import { questionTitle } from "./claim-csv";
import { inChunks, type Rows } from "./stream-chunks";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

type Json = Record<string, unknown>;

/**
 * A passage as a W3C Web Annotation (JSON-LD). Its first target is the source's text in
 * Crosscheck, held by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 * (code points, as the model counts); when the source has a web address, a second target is
 * the original page, held by the quote alone, since positions count in Crosscheck's copy of
 * the text. The body says what the passage asserts, and links to the claim's page.
 */
export function passageAnnotation(claim: CitedClaim, { context = true } = {}): Json {
  const { passage, source } = claim;
  const quote = {
    type: "TextQuoteSelector",
    exact: passage.exact,
    prefix: passage.prefix,
    suffix: passage.suffix,
  };
  const position = {
    type: "TextPositionSelector",
    start: passage.codePointStart,
    end: passage.codePointEnd,
  };
  const targets: Json[] = [
    { type: "SpecificResource", source: source.readerUrl, selector: [quote, position] },
  ];
  if (source.url) targets.push({ type: "SpecificResource", source: source.url, selector: quote });
  return {
    ...(context ? { "@context": ANNOTATION_CONTEXT } : {}),
    id: `${claim.url}#annotation`,
    type: "Annotation",
    motivation: "describing",
    body: [
      {
        type: "TextualBody",
        purpose: "describing",
        format: "text/plain",
        language: "en",
        value: describeClaim(claim),
      },
      { id: claim.url, type: "Text", format: "text/html", purpose: "linking" },
    ],
    target: targets.length === 1 ? targets[0] : targets,
  };
}

/** What a passage asserts, in one sentence for people who see it beside the text. */
export function describeClaim(claim: CitedClaim): string {
  const question = `${claim.question.subject} — ${questionTitle(claim.question)}`;
  const origin = claim.origin ? `, attributed to ${claim.origin}` : "";
  const method = CLAIM_METHOD_LABELS[claim.method].toLowerCase();
  return `${question}: ${describeValue(claim.value)} (“${claim.stated}”${origin}; ${method}).`;
}

/** An AnnotationPage of passages, for an API that pages through a collection. */
export function annotationPage(page: {
  id: string;
  partOf: string;
  startIndex: number;
  claims: readonly CitedClaim[];
  next?: string | null;
  prev?: string | null;
}): Json {
  return {
    "@context": ANNOTATION_CONTEXT,
    id: page.id,
    type: "AnnotationPage",
    partOf: page.partOf,
    startIndex: page.startIndex,
    ...(page.next ? { next: page.next } : {}),
    ...(page.prev ? { prev: page.prev } : {}),
    items: page.claims.map((claim) => passageAnnotation(claim, { context: false })),
  };
}

/**
 * An AnnotationCollection of passages written as rows arrive, all in one embedded first page;
 * `total` is written after the items, counted on the way (JSON objects have no order).
 */
export async function* writeAnnotationCollection(
  claims: Rows<CitedClaim>,
  collection: { id: string; label: string },
): AsyncGenerator<string> {
  async function* parts() {
    const head = {
      "@context": ANNOTATION_CONTEXT,
      id: collection.id,
      type: "AnnotationCollection",
      label: collection.label,
    };
    const page = { id: `${collection.id}#page-1`, type: "AnnotationPage", startIndex: 0 };
    yield `${JSON.stringify(head).slice(0, -1)},"first":${JSON.stringify(page).slice(0, -1)},"items":[`;
    let total = 0;
    for await (const claim of claims) {
      yield `${total ? "," : ""}\n${JSON.stringify(passageAnnotation(claim, { context: false }))}`;
      total++;
    }
    yield `\n]},"total":${total}}\n`;
  }
  yield* inChunks(parts());
}
