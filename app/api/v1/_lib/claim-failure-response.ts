import type { ClaimFailure } from "@/lib/claims/claim-failure";
import { apiError } from "./api-response";
import { versionConflictResponse } from "./versions";

const NOT_FOUND = new Set<ClaimFailure["code"]>([
  "claim_not_found",
  "source_not_found",
  "question_not_found",
  "passage_not_found",
]);

// Refusals that hold whatever the body says: the claim is in a state that does not allow them.
const CONFLICT = new Set<ClaimFailure["code"]>([
  "last_passage",
  "passage_holds_stated",
  "passage_exists",
]);

/**
 * A claim the data layer refused: 404 when the claim, its source or its question does not exist
 * (or was deleted a moment ago), 409 for a stale version or a passage change the claim does not
 * allow (its last passage, the one holding the stated words, one it already has), otherwise 422.
 */
export function claimFailureResponse(failure: ClaimFailure) {
  const { code, field, message, occurrences, occurrenceCount, candidates, expected, current } =
    failure;
  if (code === "claim_not_found") return apiError(404, "not_found", message);
  if (NOT_FOUND.has(code)) return apiError(404, code, message, { fields: { [field]: [message] } });
  if (CONFLICT.has(code)) return apiError(409, code, message, { fields: { [field]: [message] } });
  if (code === "version_conflict" && current)
    return versionConflictResponse("claim", expected, current as { version: number });
  const details = {
    ...(occurrences ? { occurrences, occurrenceCount } : {}),
    // stated_ambiguous: the equally plausible stated words, for the client to choose from.
    ...(candidates ? { candidates } : {}),
  };
  return apiError(422, code, message, { fields: { [field]: [message] }, ...details });
}
