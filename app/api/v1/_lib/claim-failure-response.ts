import type { ClaimFailure } from "@/lib/claims/claim-failure";
import { apiError } from "./api-response";
import { versionConflictResponse } from "./versions";

const NOT_FOUND = new Set<ClaimFailure["code"]>([
  "claim_not_found",
  "source_not_found",
  "question_not_found",
]);

/**
 * A claim the data layer refused: 404 when the claim, its source or its question does not exist
 * (or was deleted a moment ago), 409 for a stale version, otherwise 422 naming the field.
 */
export function claimFailureResponse(failure: ClaimFailure) {
  const { code, field, message, occurrences, occurrenceCount, candidates, expected, current } =
    failure;
  if (code === "claim_not_found") return apiError(404, "not_found", message);
  if (NOT_FOUND.has(code)) return apiError(404, code, message, { fields: { [field]: [message] } });
  if (code === "version_conflict" && current)
    return versionConflictResponse("claim", expected, current as { version: number });
  const details = {
    ...(occurrences ? { occurrences, occurrenceCount } : {}),
    // stated_ambiguous: the equally plausible stated words, for the client to choose from.
    ...(candidates ? { candidates } : {}),
  };
  return apiError(422, code, message, { fields: { [field]: [message] }, ...details });
}
