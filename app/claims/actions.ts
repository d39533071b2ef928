"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodError } from "zod";
import type { ClaimActionResult } from "@/lib/claims/claim-action-result";
import { recordClaim, updateClaim } from "@/lib/claims/claim-data";
import { trashClaim } from "@/lib/claims/claim-trash";
import type { ClaimFailure, ClaimResult } from "@/lib/claims/claim-failure";
import type { ClaimRecord } from "@/lib/questions/comparison-types";
import { ClaimInputSchema, ClaimUpdateSchema } from "@/lib/claims/claim-schema";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { logError } from "@/lib/log";
import { findUnstorable } from "@/lib/text/unstorable";

const APOLOGY = "Something went wrong on our side and the claim was not saved. Please try again.";

/** Records a claim from the reader's panel (a structured object, validated like the API's). */
export async function recordClaimAction(input: unknown): Promise<ClaimActionResult> {
  const nul = refuseNul(input);
  if (nul) return nul;
  const parsed = ClaimInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return save(() => recordClaim(parsed.data), "claim.record");
}

/** Saves the claim page's edit form. */
export async function updateClaimAction(
  claimId: string,
  input: unknown,
): Promise<ClaimActionResult> {
  const nul = refuseNul(input);
  if (nul) return nul;
  const parsed = ClaimUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return save(() => updateClaim(claimId, parsed.data), "claim.update");
}

/** Moves a claim to the trash after its confirmation page, then shows its question. */
export async function deleteClaimAction(claimId: string, questionId: string): Promise<void> {
  await trashClaim(claimId);
  revalidatePath("/", "layout");
  redirect(`/questions/${questionId}?deleted=1`);
}

async function save(
  work: () => Promise<ClaimResult<ClaimRecord>>,
  event: string,
): Promise<ClaimActionResult> {
  try {
    const result = await work();
    if (!result.ok) return refused(result.failure);
    revalidatePath("/", "layout");
    return { ok: true, claimId: result.value.id, questionId: result.value.questionId };
  } catch (error) {
    logError(event, error);
    return { ok: false, message: APOLOGY, fields: {} };
  }
}

function refused(failure: ClaimFailure): ClaimActionResult {
  return {
    ok: false,
    message: failure.message,
    fields: { [failure.field]: [failure.message] },
    occurrences: failure.occurrences,
  };
}

function refuseNul(input: unknown): ClaimActionResult | null {
  const bad = findUnstorable(input);
  if (bad === null) return null;
  const field = bad.path || "body";
  return { ok: false, message: `${field} ${bad.message}.`, fields: { [field]: [bad.message] } };
}

function invalid(error: ZodError): ClaimActionResult {
  return { ok: false, message: "Some fields need attention.", fields: fieldErrorsOf(error) };
}
