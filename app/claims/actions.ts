"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { ZodError } from "zod";
import { checkPermission, requirePagePermission } from "@/app/_auth/require-permission";
import type { ClaimActionResult } from "@/lib/claims/claim-action-result";
import { recordClaim, updateClaim } from "@/lib/claims/claim-data";
import type { ClaimFailure, ClaimResult } from "@/lib/claims/claim-failure";
import { ClaimInputSchema, ClaimUpdateSchema } from "@/lib/claims/claim-schema";
import { trashClaim } from "@/lib/claims/claim-trash";
import { addClaimPassage } from "@/lib/claims/passage-data";
import { PassageInputSchema } from "@/lib/claims/passage-schema";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { describeChanges } from "@/lib/history/describe-changes";
import { changesSince } from "@/lib/history/history-data";
import { logError } from "@/lib/log";
import type { ClaimRecord } from "@/lib/questions/comparison-types";
import { findUnstorable } from "@/lib/text/unstorable";
import { idArgument } from "@/lib/forms/action-arguments";

const APOLOGY = "Something went wrong on our side and the claim was not saved. Please try again.";

/** Records a claim from the reader's panel (a structured object, validated like the API's). */
export async function recordClaimAction(input: unknown): Promise<ClaimActionResult> {
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { ok: false, message: allowed.message, fields: {} };
  const bad = refuseUnstorable(input);
  if (bad) return bad;
  const parsed = ClaimInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return save(() => recordClaim(parsed.data, { actor: allowed.actor }), "claim.record");
}

/**
 * Saves the claim page's edit form, made on the version it names. When someone else saved in
 * between, nothing is saved and the result says what they changed, with the version to save on.
 */
export async function updateClaimAction(
  claimId: string,
  input: unknown,
): Promise<ClaimActionResult> {
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { ok: false, message: allowed.message, fields: {} };
  if (!idArgument(claimId))
    return { ok: false, message: "This claim no longer exists.", fields: {} };
  const bad = refuseUnstorable(input);
  if (bad) return bad;
  const parsed = ClaimUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { version } = parsed.data;
  return save(
    () => updateClaim(claimId, parsed.data, { actor: allowed.actor, expectedVersion: version }),
    "claim.update",
    claimId,
  );
}

/**
 * Adds more words (of this source or another) as another passage of a claim, from the reader's
 * panel; validated as the API's POST /api/v1/claims/:id/passages is.
 */
export async function addPassageAction(
  claimId: unknown,
  input: unknown,
): Promise<ClaimActionResult> {
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { ok: false, message: allowed.message, fields: {} };
  if (typeof claimId !== "string") return { ok: false, message: "No such claim.", fields: {} };
  const bad = refuseUnstorable(input);
  if (bad) return bad;
  const parsed = PassageInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return save(
    () => addClaimPassage(claimId, parsed.data, { actor: allowed.actor }),
    "claim.passage",
  );
}

/** Moves a claim to the trash after its confirmation page, then shows its question. */
export async function deleteClaimAction(claimId: string, questionId: string): Promise<void> {
  if (!idArgument(claimId) || !idArgument(questionId)) notFound();
  const actor = await requirePagePermission("trash", `/claims/${claimId}/delete`);
  await trashClaim(claimId, { actor });
  revalidatePath("/", "layout");
  redirect(`/questions/${questionId}?deleted=1`);
}

async function save(
  work: () => Promise<ClaimResult<ClaimRecord>>,
  event: string,
  claimId?: string,
): Promise<ClaimActionResult> {
  try {
    const result = await work();
    if (!result.ok) return refused(result.failure, claimId);
    revalidatePath("/", "layout");
    return {
      ok: true,
      claimId: result.value.id,
      questionId: result.value.questionId,
      version: result.value.version,
    };
  } catch (error) {
    logError(event, error);
    return { ok: false, message: APOLOGY, fields: {} };
  }
}

async function refused(failure: ClaimFailure, claimId?: string): Promise<ClaimActionResult> {
  if (failure.code === "version_conflict" && claimId) {
    const current = failure.current as ClaimRecord;
    const theirs = describeChanges(await changesSince("claim", claimId, failure.expected ?? 0));
    return {
      ok: false,
      message: `Someone else saved this claim while you were editing it, so your changes were not saved. Their change: ${theirs.join(" · ")}. Your edits are still in the form; save again to apply them over theirs.`,
      fields: {},
      currentVersion: current.version,
    };
  }
  return {
    ok: false,
    message: failure.message,
    code: failure.code,
    fields: { [failure.field]: [failure.message] },
    occurrences: failure.occurrences,
  };
}

function refuseUnstorable(input: unknown): ClaimActionResult | null {
  const bad = findUnstorable(input);
  if (bad === null) return null;
  const field = bad.path || "body";
  return { ok: false, message: `${field} ${bad.message}.`, fields: { [field]: [bad.message] } };
}

function invalid(error: ZodError): ClaimActionResult {
  return { ok: false, message: "Some fields need attention.", fields: fieldErrorsOf(error) };
}
