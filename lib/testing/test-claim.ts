import { recordClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema } from "@/lib/claims/claim-schema";

/**
 * Records a claim quoting `exact` from a source, on an existing question (its id) or on one named
 * by subject, measure and kind; throws if it is refused. For tests that need claims in place.
 */
export async function testClaim(
  sourceId: string,
  question: unknown,
  exact: string,
  origin?: string,
) {
  const questionField = typeof question === "string" ? { questionId: question } : { question };
  const result = await recordClaim(
    ClaimInputSchema.parse({ sourceId, ...questionField, quote: { exact }, origin }),
  );
  if (!result.ok) throw new Error(result.failure.message);
  return result.value;
}
