import { findClusters, type AgreementInput, type Cluster } from "./clusters";
import type { Interval } from "./interval";
import { computeSpread, type Measure, type Spread } from "./spread";

export type VerdictStatus = "agree" | "diverge" | "single" | "none";

export interface Verdict {
  /**
   * none: no claims. single: every claim relays one origin, and they agree. agree: claims from
   * two or more origins share a point. diverge: some two claims share no point — even when they
   * relay the same origin, as one of them then misquotes it.
   */
  status: VerdictStatus;
  /** Maximal groups of claims sharing a point, left to right. */
  clusters: Cluster[];
  /** When status is "agree": the points common to all claims. */
  consensus: Interval | null;
  /** When status is "diverge": how far apart the extreme claims are. */
  spread: Spread | null;
  /** Distinct originKeys among all claims. */
  independentOrigins: number;
}

export interface VerdictOptions {
  /** "date" when intervals are day numbers: the spread then has no factor, only a difference. */
  measure?: Measure;
}

/** Whether the claims on one question agree, with their clusters, consensus or spread. */
export function computeVerdict(
  claims: readonly AgreementInput[],
  options: VerdictOptions = {},
): Verdict {
  const independentOrigins = new Set(claims.map((c) => c.originKey)).size;
  if (claims.length === 0) {
    return { status: "none", clusters: [], consensus: null, spread: null, independentOrigins };
  }
  const clusters = findClusters(claims);
  const whole = clusters.length === 1 ? (clusters[0] ?? null) : null;
  if (!whole) {
    const spread = computeSpread(claims, options.measure ?? "quantity");
    return { status: "diverge", clusters, consensus: null, spread, independentOrigins };
  }
  const status = independentOrigins === 1 ? "single" : "agree";
  const consensus = status === "agree" ? whole.common : null;
  return { status, clusters, consensus, spread: null, independentOrigins };
}
