import type { ClaimRecord } from "./comparison-types";

/** What the verdict needs of a claim. */
export type VerdictClaim = Pick<
  ClaimRecord,
  "id" | "value" | "status" | "method" | "stated" | "origin"
> & {
  /** Unreadable claims are shown but never compared. */
  unreadable?: boolean;
  source: Pick<ClaimRecord["source"], "id" | "title">;
};
