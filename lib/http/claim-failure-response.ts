import type { ClaimFailure } from "@/lib/claims/claim-failure";
import { apiError } from "./api-response";

/** A claim the data layer refused: 404 for an unknown claim, otherwise 422 naming the field. */
export function claimFailureResponse(failure: ClaimFailure) {
  const { code, field, message, occurrences, occurrenceCount, candidates } = failure;
  // An unknown claim is a plain 404, as for every other unknown id in the API.
  if (code === "claim_not_found") return apiError(404, "not_found", message);
  const details = {
    ...(occurrences ? { occurrences, occurrenceCount } : {}),
    // stated_ambiguous: the equally plausible stated words, for the client to choose from.
    ...(candidates ? { candidates } : {}),
  };
  return apiError(422, code, message, { fields: { [field]: [message] }, ...details });
}
