import type {
  CitationSource,
  CitedClaim,
  CitedQuestion,
  CitedVerdict,
} from "@/lib/citations/citation-types";
import type { ClaimMethod, ClaimStatus } from "@/lib/claims/claim-methods";
import type { ClaimValue } from "@/lib/claims/claim-value";
import type { PassageLocation } from "@/lib/citations/passage-location";

/** The addresses of the app's pages, from the origin people reach it at. */
export interface AppUrls {
  claim(id: string): string;
  question(id: string): string;
  source(id: string): string;
  passage(sourceId: string, passageId: string): string;
}

/** Page addresses under `origin` ("https://crosscheck.example.org"). */
export function appUrls(origin: string): AppUrls {
  const base = origin.replace(/\/+$/, "");
  return {
    claim: (id) => `${base}/claims/${id}`,
    question: (id) => `${base}/questions/${id}`,
    source: (id) => `${base}/sources/${id}`,
    // The reader gives the first piece of each passage this anchor (app/sources/[id]/source-text.tsx).
    passage: (sourceId, passageId) => `${base}/sources/${sourceId}#passage-${passageId}`,
  };
}

/** A claim as the data layer reads it, with its first passage and that passage's location. */
export interface ExportClaimRow {
  id: string;
  stated: string;
  value: ClaimValue;
  origin: string | null;
  method: ClaimMethod;
  asOf: string | null;
  status: ClaimStatus;
  source: Omit<CitationSource, "readerUrl">;
  passage: {
    id: string;
    start: number;
    end: number;
    exact: string;
    prefix: string;
    suffix: string;
    page: number | null;
  };
  location: PassageLocation;
}

/** A question as exports show it, with the verdict and the groups of its claims. */
export interface ExportQuestion {
  question: Omit<CitedQuestion, "url">;
  verdict: CitedVerdict;
  /** Claim id → indexes of the verdict clusters it is in. */
  clusters: ReadonlyMap<string, readonly number[]>;
}

/** One claim with everything its citation and export rows show. */
export function toCitedClaim(
  row: ExportClaimRow,
  question: ExportQuestion,
  urls: AppUrls,
): CitedClaim {
  return {
    id: row.id,
    url: urls.claim(row.id),
    question: { ...question.question, url: urls.question(question.question.id) },
    stated: row.stated,
    value: row.value,
    origin: row.origin,
    method: row.method,
    asOf: row.asOf,
    status: row.status,
    source: { ...row.source, readerUrl: urls.source(row.source.id) },
    passage: {
      exact: row.passage.exact,
      prefix: row.passage.prefix,
      suffix: row.passage.suffix,
      start: row.passage.start,
      end: row.passage.end,
      ...row.location,
      page: row.passage.page,
    },
    permalink: urls.passage(row.source.id, row.passage.id),
    verdict: question.verdict,
    clusters: question.clusters.get(row.id) ?? [],
  };
}
