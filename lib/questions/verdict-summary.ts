import { describeSpread } from "@/lib/agreement/describe-verdict";
import type { Measure } from "@/lib/agreement/spread";
import type { Verdict } from "@/lib/agreement/verdict";
import { CLAIM_METHOD_LABELS } from "@/lib/claims/claim-methods";
import type { ClaimValue } from "@/lib/claims/claim-value";
import { describeValue } from "@/lib/values/describe-value";
import type { ClusterView, VerdictClaim } from "./comparison-types";

/**
 * The verdict in one sentence, naming each group of compatible claims with who stands behind it
 * and never a figure no source stated: "Sources diverge: 26 (official count; 2 sources, 1 origin)
 * vs hundreds (estimate; 1 source) — at least 7.6 times apart."
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
      const all = cluster ? members(cluster) : [];
      const first = all[0];
      if (!cluster || !first) return "No published claims yet.";
      const who = first.origin
        ? `One origin only — ${first.origin.name}${cluster.sources > 1 ? `, relayed by ${plural(cluster.sources, "source")}` : ""}`
        : `One source only — “${first.source.title}”`;
      return `${who}: ${groupLabel(all, cluster, cluster.sources > 1)}. Nothing independent to compare it with.`;
    }
    case "agree": {
      const consensus = clusters[0]?.common.text ?? "";
      return `Sources agree: ${plural(claimCount(clusters), "claim")} from ${plural(verdict.independentOrigins, "independent origin")} all allow ${consensus}.`;
    }
    case "diverge": {
      const counted = [...claims.values()];
      const sources = new Set(counted.map((claim) => claim.source.id));
      const oneSource = sources.size === 1;
      const groups = clusters
        .map((cluster) => {
          const group = members(cluster);
          return `${groupLabel(group, cluster, false)} (${backing(cluster, group, oneSource)})`;
        })
        .join(" vs ");
      const apart = verdict.spread ? ` — ${describeSpread(verdict.spread, measure)}` : "";
      return `${divergeLead(verdict, counted, oneSource)}: ${groups}${apart}.${carriers(clusters, counted, oneSource)}`;
    }
  }
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

// Claims that say different things are named by their own words, then by the range they all
// allow, labelled as such: that range is computed, and no source stated it.
function groupLabel(members: VerdictClaim[], cluster: ClusterView, bySource: boolean): string {
  const shared = sharedValueLabel(members.map((claim) => claim.value));
  if (shared !== null) return shared;
  const words = members.map(
    (claim) => `“${claim.stated}”${bySource ? ` (${claim.source.title})` : ""}`,
  );
  return `${[...new Set(words)].join("; ")}; common range ${cluster.common.text}`;
}

function divergeLead(verdict: Verdict, counted: VerdictClaim[], oneSource: boolean): string {
  const first = counted[0];
  if (verdict.independentOrigins === 1 && first) {
    return first.origin
      ? `Relays of one origin, ${first.origin.name}, diverge (one of them misquotes it)`
      : `“${first.source.title}” gives figures that do not fit together`;
  }
  return oneSource && first
    ? `The origins “${first.source.title}” cites diverge`
    : "Sources diverge";
}

// A source that carries two incompatible figures from different origins is named, so a reader
// sees the divergence inside it and not only between sources.
function carriers(clusters: ClusterView[], counted: VerdictClaim[], oneSource: boolean): string {
  if (oneSource) return "";
  const bySource = new Map<string, VerdictClaim[]>();
  for (const claim of counted)
    bySource.set(claim.source.id, [...(bySource.get(claim.source.id) ?? []), claim]);
  const sentences: string[] = [];
  for (const own of bySource.values()) {
    const pair = incompatiblePair(own, clusters);
    if (!pair) continue;
    const [a, b] = pair;
    sentences.push(
      ` “${a.source.title}” reports both ${valueLabel(a.value)} (${originName(a)}) and ${valueLabel(b.value)} (${originName(b)}): its origins diverge.`,
    );
  }
  return sentences.join("");
}

function incompatiblePair(
  claims: VerdictClaim[],
  clusters: ClusterView[],
): [VerdictClaim, VerdictClaim] | null {
  for (const [i, a] of claims.entries()) {
    for (const b of claims.slice(i + 1)) {
      const together = clusters.some((c) => c.claimIds.includes(a.id) && c.claimIds.includes(b.id));
      if (!together && originName(a) !== originName(b)) return [a, b];
    }
  }
  return null;
}

function originName(claim: VerdictClaim): string {
  return claim.origin ? `from ${claim.origin.name}` : "on its own account";
}

function valueLabel(value: ClaimValue): string {
  return value.type === "quantity" && value.kind === "vague"
    ? value.wording.toLowerCase()
    : describeValue(value);
}

function backing(cluster: ClusterView, members: VerdictClaim[], oneSource: boolean): string {
  const methods = [
    ...new Set(members.map((claim) => CLAIM_METHOD_LABELS[claim.method].toLowerCase())),
  ]
    .filter((method) => !method.startsWith("other"))
    .join(", ");
  const who = oneSource
    ? [...new Set(members.map(originName))].join(", ")
    : `${plural(cluster.sources, "source")}${cluster.origins !== cluster.sources ? `, ${plural(cluster.origins, "origin")}` : ""}`;
  return `${methods ? `${methods}; ` : ""}${who}`;
}

function claimCount(clusters: ClusterView[]): number {
  return new Set(clusters.flatMap((cluster) => cluster.claimIds)).size;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
