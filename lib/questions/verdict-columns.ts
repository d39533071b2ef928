import type { VerdictStatus } from "@/lib/agreement/verdict";
import type { QuestionKind } from "./question-kinds";
import type { VerdictClaim } from "./comparison-types";
import { questionVerdict } from "./question-verdict";

/**
 * Bumped whenever the verdict or its sentence is computed differently, so that verdicts stored by
 * older code are recomputed at start (scripts/start.ts) and by `npm run verdicts:check -- --fix`.
 */
export const VERDICT_VERSION = 2;

/** "Most divergent first": diverging questions, then agreeing, single-origin, empty. */
export const VERDICT_RANK: Record<VerdictStatus, number> = {
  diverge: 0,
  agree: 1,
  single: 2,
  none: 3,
};

/** The verdict summary a question row stores, so lists sort, filter and page in SQL. */
export interface VerdictColumns {
  verdictStatus: VerdictStatus;
  verdictRank: number;
  divergence: number;
  verdictSummary: string;
  clusterCount: number;
  claimCount: number;
  sourceCount: number;
  originCount: number;
  verdictVersion: number;
}

/** A claim as the stored verdict sees it; unreadable ones are counted but never compared. */
export type StoredVerdictClaim = VerdictClaim & { unreadable?: boolean };

/** The stored verdict of one question from its live claims (trashed ones are not passed in). */
export function verdictColumns(
  kind: QuestionKind,
  claims: readonly StoredVerdictClaim[],
): VerdictColumns {
  const readable = claims.filter((claim) => !claim.unreadable);
  const verdict = questionVerdict(kind, readable);
  const unreadable = claims.length - readable.length;
  const note = unreadable
    ? ` ${unreadable} ${unreadable === 1 ? "claim" : "claims"} could not be read and ${unreadable === 1 ? "is" : "are"} left out.`
    : "";
  const factor = verdict.spread?.factor;
  return {
    verdictStatus: verdict.status,
    verdictRank: VERDICT_RANK[verdict.status],
    divergence: factor !== null && factor !== undefined && Number.isFinite(factor) ? factor : 0,
    verdictSummary: verdict.summary + note,
    clusterCount: verdict.clusters.length,
    claimCount: claims.length,
    sourceCount: new Set(claims.map((claim) => claim.source.id)).size,
    originCount: verdict.independentOrigins,
    verdictVersion: VERDICT_VERSION,
  };
}

/** The columns of a question with no claims. */
export const EMPTY_VERDICT: VerdictColumns = verdictColumns("count", []);
