"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { MAX_VERSION } from "@/lib/forms/version-field";
import { revertClaim } from "@/lib/claims/claim-revert";
import { isRecordId } from "@/lib/db/record-id";
import { revertQuestion } from "@/lib/questions/question-edit";
import { revertSource } from "@/lib/sources/source-revert";
import { formArgument, idArgument, oneOfArgument } from "@/lib/forms/action-arguments";

const RevertFormSchema = z.object({
  version: z.coerce.number().int().min(1).max(MAX_VERSION),
  currentVersion: z.coerce.number().int().min(1).max(MAX_VERSION),
});

const KINDS = ["claims", "sources", "questions"] as const;
type Kind = (typeof KINDS)[number];

/**
 * Restores an earlier version of a claim, source or question from its history page (editors).
 * The outcome is said on the history page it returns to.
 */
export async function revertAction(kind: Kind, id: string, formData: FormData): Promise<void> {
  // Both come from the client: a kind that is none of ours must not choose where to redirect.
  if (!oneOfArgument(kind, KINDS) || !isRecordId(idArgument(id) ?? "")) notFound();
  const page = `/${kind}/${id}/history`;
  const actor = await requirePagePermission("write", page);
  const input = RevertFormSchema.safeParse(Object.fromEntries(formArgument(formData)));
  if (!input.success) redirect(`${page}?outcome=invalid`);
  const { version, currentVersion } = input.data;
  const options = { actor, expectedVersion: currentVersion };
  const result =
    kind === "claims"
      ? await revertClaim(id, version, options)
      : kind === "sources"
        ? await revertSource(id, version, options)
        : await revertQuestion(id, version, options);
  const outcome = result.ok
    ? "restored"
    : "failure" in result
      ? result.failure.code === "version_conflict"
        ? "conflict"
        : "refused"
      : result.code === "version_conflict"
        ? "conflict"
        : "refused";
  revalidatePath("/", "layout");
  redirect(`${page}?outcome=${outcome}&version=${version}`);
}
