import type {
  CitationSource,
  CitedClaim,
  CitedQuestion,
  CitedVerdict,
} from "@/lib/citations/citation-types";
import { looksLikeOrganisation, toCslName } from "@/lib/citations/csl-name";
import type { SourceKind } from "@/lib/sources/source-kinds";
import { describeValue } from "@/lib/values/describe-value";
import { questionTitle } from "./claim-csv";

type Json = Record<string, unknown>;

/** What the JSON-LD reads of a claim. */
export type JsonLdClaim = Pick<CitedClaim, "url" | "stated" | "value" | "origin" | "source"> & {
  passage: Pick<CitedClaim["passage"], "exact">;
};

// The schema.org CreativeWork type of each kind of source; a statement and a testimony have
// none more precise than CreativeWork.
const WORK_TYPE: Record<SourceKind, string> = {
  news_article: "NewsArticle",
  official_statement: "CreativeWork",
  report: "Report",
  book: "Book",
  film: "Movie",
  testimony: "CreativeWork",
  dataset: "Dataset",
  other: "CreativeWork",
};

/**
 * schema.org JSON-LD for a question's page: a WebPage about the question (the thing the claims
 * are compared on), described by the verdict, whose parts are the claims — each a `Claim` with
 * the quote as its text, its origin as author (else the source's authors), and its appearance:
 * the source as a CreativeWork with its address, authors, publisher, date and archived copy.
 */
export function questionJsonLd(
  question: CitedQuestion,
  verdict: CitedVerdict,
  claims: readonly JsonLdClaim[],
): Json {
  const about = { "@id": `${question.url}#question` };
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "@id": question.url,
    url: question.url,
    name: `${question.subject} — ${questionTitle(question)}`,
    description: verdict.summary,
    about: {
      ...about,
      "@type": "Thing",
      name: `${question.subject} — ${questionTitle(question)}`,
      description: `What sources say about ${question.measure}${question.scope ? ` (${question.scope})` : ""} of ${question.subject}.`,
    },
    hasPart: claims.map((claim) => ({
      "@type": "Claim",
      "@id": claim.url,
      url: claim.url,
      name: claim.stated,
      text: claim.passage.exact.replace(/\s+/g, " ").trim(),
      description: describeValue(claim.value),
      about,
      author: claim.origin ? agent(claim.origin) : sourceAuthors(claim.source),
      appearance: creativeWork(claim.source),
    })),
  };
}

/**
 * JSON for the inside of <script type="application/ld+json">: "<", ">" and "&" are written as
 * \u escapes, so no text in the data can close the script element; U+2028/U+2029 too.
 */
export function jsonLdScriptContent(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function creativeWork(source: CitationSource): Json {
  const authors = sourceAuthors(source);
  return {
    "@type": WORK_TYPE[source.kind],
    url: source.url ?? source.readerUrl,
    name: source.title,
    ...(source.kind === "news_article" ? { headline: source.title } : {}),
    ...(authors ? { author: authors } : {}),
    ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
    ...(source.language ? { inLanguage: source.language } : {}),
    ...(source.archiveUrl ? { archivedAt: source.archiveUrl } : {}),
  };
}

function sourceAuthors(source: CitationSource): Json[] | undefined {
  const authors = source.authors.filter((name) => name.trim());
  return authors.length ? authors.map(agent) : undefined;
}

// A person when the name parses as one; anything else an organisation.
function agent(name: string): Json {
  const parsed = toCslName(name);
  if ("literal" in parsed || looksLikeOrganisation(name))
    return { "@type": "Organization", name: "literal" in parsed ? parsed.literal : name };
  return { "@type": "Person", name, givenName: parsed.given, familyName: parsed.family };
}
