import { ClaimCard } from "@/app/_components/claim-card";
import { clusterColour, groupName } from "@/app/_components/cluster-palette";
import { shortSourceLabel } from "@/app/_components/source-label";
import { sharedValueLabel } from "@/lib/questions/verdict-summary";
import type { ClaimView, ClusterView, QuestionComparison } from "@/lib/questions/comparison-types";

/**
 * The claims under their groups of compatible claims, then the drafts. A claim compatible with
 * two groups is shown once, in the first, and named in the other.
 */
export function ClaimGroups({ comparison }: { comparison: QuestionComparison }) {
  const byId = new Map(comparison.claims.map((claim) => [claim.id, claim]));
  const drafts = comparison.claims.filter((claim) => !claim.counted);
  return (
    <div className="space-y-8">
      {comparison.verdict.clusters.map((cluster) => {
        const members = cluster.claimIds.map((id) => byId.get(id)).filter((c) => c !== undefined);
        const shown = members.filter((claim) => claim.clusters[0] === cluster.index);
        const elsewhere = members.filter((claim) => claim.clusters[0] !== cluster.index);
        return (
          <section
            key={cluster.index}
            aria-labelledby={`group-${cluster.index}`}
            className="space-y-3"
          >
            <h3
              id={`group-${cluster.index}`}
              className="flex items-start gap-2 text-lg font-semibold"
            >
              <span
                aria-hidden
                className="mt-1.5 inline-block size-3.5 shrink-0 rounded-sm border border-stone-900/30"
                style={{ backgroundColor: clusterColour(cluster.index).fill }}
              />
              <span>
                {groupName(cluster.index)} — {groupLabel(cluster, members)}
                <span className="font-normal text-stone-600">: {backing(cluster)}</span>
              </span>
            </h3>
            {elsewhere.length ? (
              <p className="text-sm text-stone-700">
                Also in this group, shown above:{" "}
                {elsewhere.map((claim, i) => (
                  <span key={claim.id}>
                    {i > 0 ? ", " : null}
                    <a href={`#claim-${claim.id}`} className="underline">
                      {shortSourceLabel(claim.source)} — “{claim.stated}”
                    </a>
                  </span>
                ))}
              </p>
            ) : null}
            {shown.map((claim) => (
              <ClaimCard key={claim.id} claim={claim} others={byId} />
            ))}
          </section>
        );
      })}
      {drafts.length ? (
        <section aria-labelledby="group-drafts" className="space-y-3">
          <h3 id="group-drafts" className="text-lg font-semibold text-stone-700">
            Drafts — not counted in the verdict
          </h3>
          {drafts.map((claim) => (
            <ClaimCard key={claim.id} claim={claim} others={byId} />
          ))}
        </section>
      ) : null}
    </div>
  );
}

// Named as in the verdict sentence: the members' value when they all say the same, else by what
// they all allow.
function groupLabel(cluster: ClusterView, members: ClaimView[]): string {
  return (
    sharedValueLabel(members.map((claim) => claim.value)) ?? `all allow ${cluster.common.text}`
  );
}

function backing(cluster: ClusterView): string {
  const sources = plural(cluster.sources, "source");
  if (cluster.sources === 1)
    return cluster.origins > 1 ? `${sources} citing ${cluster.origins} origins` : sources;
  if (cluster.origins < cluster.sources)
    return `${sources} relaying ${plural(cluster.origins, "origin")}`;
  return `${sources}, ${plural(cluster.origins, "independent origin")}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
