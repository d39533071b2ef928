import type { ClaimFailure } from "@/lib/claims/claim-failure";
import { apiError } from "./api-response";

/** A claim the data layer refused: 404 for an unknown claim, otherwise 422 naming the field. */
export function claimFailureResponse(failure: ClaimFailure) {
  const { code, field, message, occurrences, occurrenceCount } = failure;
  const status = code === "claim_not_found" ? 404 : 422;
  const details = occurrences ? { occurrences, occurrenceCount } : {};
  return apiError(status, code, message, { fields: { [field]: [message] }, ...details });
}
