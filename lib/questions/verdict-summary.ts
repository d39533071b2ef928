import { describeSpread } from "@/lib/agreement/describe-verdict";
import type { Measure } from "@/lib/agreement/spread";
import type { Verdict } from "@/lib/agreement/verdict";
import { CLAIM_METHOD_LABELS } from "@/lib/claims/claim-methods";
import type { ClaimValue } from "@/lib/claims/claim-value";
import { describeValue } from "@/lib/values/describe-value";
import type { ClusterView } from "./comparison-types";
import type { VerdictClaim } from "./verdict-claim";

/**
 * The verdict in one sentence, naming each group of compatible claims with who stands behind it:
 * "Sources diverge: 26 (official count; 2 sources, 1 origin) vs 200–999 (estimate; 1 source) —
 * more than 7.6 times apart."
 */
export function summarizeVerdict(
  verdict: Verdict,
  clusters: ClusterView[],
  claims: ReadonlyMap<string, VerdictClaim>,
  measure: Measure,
): string {
  const members = (cluster: ClusterView) =>
    cluster.claimIds.map((id) => claims.get(id)).filter((c): c is VerdictClaim => c !== undefined);
  switch (verdict.status) {
    case "none":
      return "No published claims yet.";
    case "single": {
      const cluster = clusters[0];
      const first = cluster && members(cluster)[0];
      if (!cluster || !first) return "No published claims yet.";
      const who = first.origin
        ? `One origin only — ${first.origin.name}${cluster.sources > 1 ? `, relayed by ${cluster.sources} sources` : ""}`
        : `One source only — “${first.source.title}”`;
      return `${who}: ${groupLabel(members(cluster), cluster)}. Nothing independent to compare it with.`;
    }
    case "agree": {
      const consensus = clusters[0]?.common.text ?? "";
      return `Sources agree: ${plural(claimCount(clusters), "claim")} from ${plural(verdict.independentOrigins, "independent origin")} all allow ${consensus}.`;
    }
    case "diverge": {
      const groups = clusters
        .map(
          (cluster) =>
            `${groupLabel(members(cluster), cluster)}${backing(cluster, members(cluster))}`,
        )
        .join(" vs ");
      const apart = verdict.spread ? ` — ${describeSpread(verdict.spread, measure)}` : "";
      return `Sources diverge: ${groups}${apart}.`;
    }
  }
}

function groupLabel(members: VerdictClaim[], cluster: ClusterView): string {
  return sharedValueLabel(members.map((claim) => claim.value)) ?? cluster.common.text;
}

/**
 * What a group of claims says, when its claims all say the same ("26", "hundreds"); null when
 * they differ, and the group is better named by what they all allow. Vague values go by their
 * words: the numbers behind "hundreds" are a convention, not what the source said.
 */
export function sharedValueLabel(values: readonly ClaimValue[]): string | null {
  const labels = new Set(values.map(valueLabel));
  const [only] = labels;
  return labels.size === 1 && only !== undefined ? only : null;
}

function valueLabel(value: ClaimValue): string {
  return value.type === "quantity" && value.kind === "vague"
    ? value.wording.toLowerCase()
    : describeValue(value);
}

function backing(cluster: ClusterView, members: VerdictClaim[]): string {
  const methods = [
    ...new Set(members.map((claim) => CLAIM_METHOD_LABELS[claim.method].toLowerCase())),
  ]
    .filter((method) => !method.startsWith("other"))
    .join(", ");
  const sources = plural(cluster.sources, "source");
  const origins =
    cluster.origins !== cluster.sources ? `, ${plural(cluster.origins, "origin")}` : "";
  return ` (${methods ? `${methods}; ` : ""}${sources}${origins})`;
}

function claimCount(clusters: ClusterView[]): number {
  return new Set(clusters.flatMap((cluster) => cluster.claimIds)).size;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
