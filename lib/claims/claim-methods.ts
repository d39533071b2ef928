/** How the figure was arrived at, as far as the source says. */
export const CLAIM_METHODS = ["official_count", "estimate", "testimony", "other"] as const;
export type ClaimMethod = (typeof CLAIM_METHODS)[number];

export const CLAIM_METHOD_LABELS: Record<ClaimMethod, string> = {
  official_count: "Official count",
  estimate: "Estimate",
  testimony: "Testimony",
  other: "Other / not stated",
};

/** Drafts are visible to editors but left out of verdicts. */
export const CLAIM_STATUSES = ["draft", "published"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
