import { RULES_VERSION } from "@/lib/values/rules-version";
import type { ClaimFailure } from "./claim-failure";
import type { ClaimValue } from "./claim-value";
import { readClaim, type ClaimReading } from "./read-claim";

/**
 * A stored claim as it is re-read: what `readClaim` takes (the stored stated words, never a new
 * proposal), and the value stored now.
 */
export type StoredClaimInputs = ClaimReading & {
  stated: string;
  /** The compared value as stored (`Claim.value`). */
  value: ClaimValue;
};

/** What re-reading a stored claim with the current rules gives. */
export interface Rederived {
  /** True when the compared value would change (its numbers, days, kind, precision or rule). */
  changed: boolean;
  before: ClaimValue;
  /** The value now, or null when the current rules refuse the claim (see `failure`). */
  after: ClaimValue | null;
  /** What the parser reads now before any override (`Claim.parsedValue`). */
  parsed: ClaimValue | null;
  failure: ClaimFailure | null;
  /** The rules version that read `before` (1 when it was stored without one), and the current one. */
  versions: { before: number; after: number };
}

/**
 * Re-reads a stored claim with the current rules, to tell whether its value would change. Pure:
 * the caller loads the stored fields and decides whether to write `after` and `parsed`.
 */
export function rederiveValue(stored: StoredClaimInputs): Rederived {
  const { value: before, ...reading } = stored;
  const result = readClaim(reading);
  const versions = { before: before.rulesVersion ?? 1, after: RULES_VERSION };
  if (!result.ok)
    return { changed: true, before, after: null, parsed: null, failure: result.failure, versions };
  const after = result.value.value;
  return {
    changed: meaning(before) !== meaning(after),
    before,
    after,
    parsed: result.value.parsed,
    failure: null,
    versions,
  };
}

// What a value says, without the bookkeeping (its version, the words it was read from).
function meaning(value: ClaimValue): string {
  if (value.type === "date")
    return JSON.stringify([value.first, value.last, value.precision, value.rule]);
  return JSON.stringify([value.low, value.high, value.best, value.kind, value.rule]);
}
