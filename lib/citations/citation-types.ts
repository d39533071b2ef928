import type { VerdictStatus } from "@/lib/agreement/verdict";
import type { ClaimMethod, ClaimStatus } from "@/lib/claims/claim-methods";
import type { ClaimValue } from "@/lib/claims/claim-value";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { SourceKind } from "@/lib/sources/source-kinds";

/** A source as every citation and export needs it; dates are the stored ISO text. */
export interface CitationSource {
  id: string;
  title: string;
  /**
   * One name each, as the editor typed it: a person ("Eduard Polatov", "Polatov, Eduard") or an
   * organisation; "{Name}" in braces is always kept as written (see csl-name.ts).
   */
  authors: readonly string[];
  publisher: string | null;
  /** The source on the web, when it has an address. */
  url: string | null;
  /** A web archive's copy of `url` (Internet Archive, archive.today, …). */
  archiveUrl: string | null;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": as precise as the date is known. */
  published: string | null;
  /** The day the editor read the source, "YYYY-MM-DD". */
  accessed: string | null;
  kind: SourceKind;
  /** A language code such as "en", "hy" or "en-GB". */
  language: string | null;
  /** Absolute address of the source's text in Crosscheck: the text passage offsets count in. */
  readerUrl: string;
}

export interface CitedQuestion {
  id: string;
  subject: string;
  measure: string;
  /** "" when the question has no particular scope. */
  scope: string;
  kind: QuestionKind;
  unit: string | null;
  /** Absolute address of the question's comparison page. */
  url: string;
}

/** The words of a source that assert a claim, and where they stand in it. */
export interface CitedPassage {
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 code units into the stored text, end exclusive, as stored. */
  start: number;
  end: number;
  /** The same span in Unicode code points, which W3C text positions count (see passage-location.ts). */
  codePointStart: number;
  codePointEnd: number;
  /** 1-based, as the reader counts paragraphs (see passage-location.ts). */
  paragraph: number;
  /** The printed page, for sources that have pages (a PDF, a book). */
  page?: number | null;
}

export interface CitedVerdict {
  status: VerdictStatus;
  /** The verdict sentence shown above the comparison. */
  summary: string;
}

/** One claim with everything a citation or an export row shows of it. */
export interface CitedClaim {
  id: string;
  /** Absolute address of the claim's page. */
  url: string;
  question: CitedQuestion;
  /** The words of the passage that state the value. */
  stated: string;
  value: ClaimValue;
  /** Whom the source attributes the figure to; null when it names nobody. */
  origin: string | null;
  method: ClaimMethod;
  asOf: string | null;
  status: ClaimStatus;
  source: CitationSource;
  passage: CitedPassage;
  /** Absolute address of the passage in the reader. */
  permalink: string;
  /** The verdict of the claim's question (the same for every claim on it). */
  verdict: CitedVerdict;
  /**
   * Indexes into the question's verdict clusters (0-based; pages show "Group 1" for 0). A claim
   * can belong to more than one group; drafts belong to none.
   */
  clusters: readonly number[];
}
