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

export interface QuestionHit extends SearchHitBase {
  subject: { id: string; name: string };
  verdict: VerdictStatus;
  claimCount: number;
}

export interface SubjectHit extends SearchHitBase {
  questionCount: number;
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
  questions?: SearchGroup<QuestionHit>;
  subjects?: SearchGroup<SubjectHit>;
}
