import { describeInterval, describeSpread } from "@/lib/agreement/describe-verdict";
import type { Interval } from "@/lib/agreement/interval";
import type { Measure } from "@/lib/agreement/spread";
import { toInterval } from "@/lib/agreement/to-interval";
import { computeVerdict, type Verdict } from "@/lib/agreement/verdict";
import type { IntervalView, VerdictClaim, VerdictView } from "./comparison-types";
import type { QuestionKind } from "./question-kinds";
import { summarizeVerdict } from "./verdict-summary";

/** Days for date questions, plain numbers otherwise. */
export function measureOf(kind: QuestionKind): Measure {
  return kind === "date" ? "date" : "quantity";
}

/**
 * The claim's independent origin: the origin it relays, or, when the source speaks for itself,
 * the source. Two sources relaying one origin are one piece of evidence.
 */
export function originKeyOf(claim: Pick<VerdictClaim, "origin" | "source">): string {
  return claim.origin ? `origin:${claim.origin.id}` : `source:${claim.source.id}`;
}

/** The verdict over a question's published claims, with clusters in words. */
export function questionVerdict(kind: QuestionKind, claims: readonly VerdictClaim[]): VerdictView {
  const measure = measureOf(kind);
  const counted = claims.filter((claim) => claim.status === "published" && !claim.unreadable);
  const verdict: Verdict = computeVerdict(
    counted.map((claim) => ({
      id: claim.id,
      interval: toInterval(claim.value),
      originKey: originKeyOf(claim),
    })),
    { measure },
  );
  const byId = new Map(counted.map((claim) => [claim.id, claim]));
  const clusters = verdict.clusters.map((cluster, index) => ({
    index,
    claimIds: cluster.claimIds,
    common: intervalView(cluster.common, measure),
    origins: cluster.origins,
    sources: new Set(cluster.claimIds.map((id) => byId.get(id)?.source.id)).size,
  }));
  return {
    status: verdict.status,
    summary: summarizeVerdict(verdict, clusters, byId, measure),
    independentOrigins: verdict.independentOrigins,
    consensus: verdict.consensus && intervalView(verdict.consensus, measure),
    spread: verdict.spread && { ...verdict.spread, text: describeSpread(verdict.spread, measure) },
    clusters,
  };
}

/** An interval with its words. */
export function intervalView(interval: Interval, measure: Measure): IntervalView {
  return { ...interval, text: describeInterval(interval, measure) };
}
