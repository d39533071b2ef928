import type { Interval } from "@/lib/agreement/interval";
import type { Spread } from "@/lib/agreement/spread";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import type { ClaimMethod, ClaimStatus } from "@/lib/claims/claim-methods";
import type { ClaimValue } from "@/lib/claims/claim-value";
import type { PassageInContext } from "@/lib/passages/passage-context";
import type { SourceKind } from "@/lib/sources/source-kinds";
import type { ValueOverride } from "@/lib/values/types";
import type { QuestionKind } from "./question-kinds";

export interface QuestionHeader {
  id: string;
  measure: string;
  kind: QuestionKind;
  unit: string | null;
  /** "" when the question has no particular scope. */
  scope: string;
  subject: { id: string; name: string };
}

/** A claim as stored, with what the comparison needs of its source, origin and passages. */
export interface ClaimRecord {
  id: string;
  questionId: string;
  stated: string;
  value: ClaimValue;
  /** True when the stored value could not be read: shown as such, never compared. */
  unreadable: boolean;
  parsedValue: ClaimValue | null;
  override: ValueOverride | null;
  method: ClaimMethod;
  status: ClaimStatus;
  asOf: string | null;
  note: string | null;
  /** Bumped by every change; a write names the version it read. */
  version: number;
  origin: { id: string; name: string } | null;
  source: {
    id: string;
    title: string;
    publisher: string | null;
    published: string | null;
    kind: SourceKind;
  };
  passages: {
    id: string;
    /** The source the passage is in: the claim's own, or another that says the same. */
    sourceId: string;
    start: number;
    end: number;
    exact: string;
    prefix: string;
    suffix: string;
  }[];
}

/** What the verdict needs of a claim. */
export type VerdictClaim = Pick<
  ClaimRecord,
  "id" | "value" | "status" | "method" | "stated" | "origin"
> & {
  /** Unreadable claims are shown but never compared. */
  unreadable?: boolean;
  source: Pick<ClaimRecord["source"], "id" | "title">;
};

export interface IntervalView extends Interval {
  text: string;
}

export interface PassageView {
  id: string;
  start: number;
  end: number;
  exact: string;
  /** How the passage was found in today's text; "missing" should never happen, and is shown. */
  found: "position" | "quote" | "missing";
  context: PassageInContext | null;
  /** Where the stated words sit inside `context.passage`, to highlight them. */
  statedRange: { start: number; end: number } | null;
}

export interface ClaimView extends Omit<ClaimRecord, "passages"> {
  valueText: string;
  interval: IntervalView;
  /** Indexes into verdict.clusters; drafts belong to none. */
  clusters: number[];
  /** Published claims count toward the verdict; drafts are shown but not counted. */
  counted: boolean;
  /** Claims on this question from other sources that relay the same origin. */
  relays: string[];
  passages: PassageView[];
}

export interface ClusterView {
  index: number;
  claimIds: string[];
  common: IntervalView;
  origins: number;
  sources: number;
}

export interface VerdictView {
  status: VerdictStatus;
  summary: string;
  independentOrigins: number;
  consensus: IntervalView | null;
  spread: (Spread & { text: string }) | null;
  clusters: ClusterView[];
}

export interface QuestionComparison {
  question: QuestionHeader;
  verdict: VerdictView;
  claims: ClaimView[];
}
