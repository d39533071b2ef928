import type { VerdictStatus } from "@/lib/agreement/verdict";
import type { SourceKind } from "@/lib/sources/source-kinds";
import type { Snippet } from "./snippet";

/** What every result has: its id, how well it matched (for paging) and an excerpt. */
export interface SearchHitBase {
  id: string;
  score: number;
  snippet: Snippet;
}

export interface SourceHit extends SearchHitBase {
  title: Snippet;
  publisher: string | null;
  /** "2020", "2020-02" or "2024-02-29". */
  published: string | null;
  kind: SourceKind;
  language: string | null;
}

/** A passage that claims were recorded from, with its claim, source and question. */
export interface PassageHit extends SearchHitBase {
  claimId: string;
  stated: string;
  source: { id: string; title: string };
  question: { id: string; label: string };
}

/** A claim whose stated words match: what it says, about which question, in which source. */
export interface ClaimHit extends SearchHitBase {
  stated: string;
  source: { id: string; title: string };
  question: { id: string; label: string };
  /** The authority the source relays, if any. */
  origin: string | null;
}

export interface QuestionHit extends SearchHitBase {
  subject: { id: string; name: string };
  verdict: VerdictStatus;
  claimCount: number;
}

export interface SubjectHit extends SearchHitBase {
  questionCount: number;
}

/** Live claims relaying one origin counted on a page of results, at most: "more than" past it. */
export const ORIGIN_CLAIMS_COUNTED = 1000;
/** The latest claims shown with each origin found. */
export const ORIGIN_CLAIMS_SHOWN = 3;

/** An origin (the authority sources relay), with the latest claims that relay it. */
export interface OriginHit extends SearchHitBase {
  /** Live claims relaying it, counted up to ORIGIN_CLAIMS_COUNTED. */
  claimCount: number;
  claims: { id: string; stated: string; question: { id: string; label: string } }[];
}

/** One kind's page of results; `nextCursor` (with `kind`) asks for the next page. */
export interface SearchGroup<T> {
  items: T[];
  nextCursor: string | null;
}

export interface SearchResults {
  /** The query as it was read, or null when nothing in it could be searched for. */
  query: string | null;
  sources?: SearchGroup<SourceHit>;
  passages?: SearchGroup<PassageHit>;
  claims?: SearchGroup<ClaimHit>;
  questions?: SearchGroup<QuestionHit>;
  subjects?: SearchGroup<SubjectHit>;
  origins?: SearchGroup<OriginHit>;
}
