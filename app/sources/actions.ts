"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { ZodError } from "zod";
import { checkPermission, requirePagePermission } from "@/app/_auth/require-permission";
import { fieldErrorsOf, typedValues, type FormState } from "@/lib/forms/form-state";
import { describeChanges } from "@/lib/history/describe-changes";
import { changesSince } from "@/lib/history/history-data";
import { logError } from "@/lib/log";
import { findUnstorable } from "@/lib/text/unstorable";
import { createSource, updateSource } from "@/lib/sources/source-data";
import { trashSource } from "@/lib/sources/source-trash";
import { SourceInputSchema, SourceUpdateSchema } from "@/lib/sources/source-schema";
import { idArgument } from "@/lib/forms/action-arguments";

const APOLOGY = "Something went wrong on our side and nothing was saved. Please try again.";

/** Adds a source from the "Add a source" form. */
export async function createSourceAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  // A textarea holds line breaks as LF, and form encoding sends each one as CRLF. Undoing that
  // stores exactly what was in the box; the JSON API stores its text with no change at all.
  if (values.text !== undefined) values.text = values.text.replace(/\r\n/g, "\n");
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { status: "error", message: allowed.message, fields: {}, values };
  const nul = refuseUnstorable(values);
  if (nul) return nul;
  const input = SourceInputSchema.safeParse(values);
  if (!input.success) return invalid(values, input.error);

  let id: string;
  try {
    const result = await createSource(input.data, { actor: allowed.actor });
    if (!result.ok) {
      return {
        status: "error",
        message: "This text is already in the library.",
        fields: { text: ["This exact text is already in the library."] },
        values,
        duplicateOf: result.duplicateOf,
      };
    }
    id = result.source.id;
  } catch (error) {
    logError("source.create", error);
    return { status: "error", message: APOLOGY, fields: {}, values };
  }
  revalidatePath("/sources");
  redirect(`/sources/${id}`);
}

/**
 * Saves the "Edit details" form of one source. The form names the version it was opened on; when
 * someone else saved in between, nothing is saved, the form comes back as typed (now on the
 * newer version) and the message says what the other person changed.
 */
export async function updateSourceAction(
  sourceId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { status: "error", message: allowed.message, fields: {}, values };
  if (!idArgument(sourceId))
    return { status: "error", message: "This source no longer exists.", fields: {}, values };
  const nul = refuseUnstorable(values);
  if (nul) return nul;
  const input = SourceUpdateSchema.safeParse(values);
  if (!input.success) return invalid(values, input.error);
  const { version, ...changes } = input.data;
  try {
    const result = await updateSource(sourceId, changes, {
      actor: allowed.actor,
      expectedVersion: version,
    });
    if (!result.ok && result.code === "not_found")
      return { status: "error", message: "This source no longer exists.", fields: {}, values };
    if (!result.ok) {
      const theirs = describeChanges(await changesSince("source", sourceId, version ?? 0));
      return {
        status: "error",
        message: `Someone else saved this source while you were editing it, so your changes were not saved. Their change: ${theirs.join(" · ")}. Your text is still in the form; save again to apply it over theirs.`,
        fields: {},
        values: { ...values, version: String(result.current.version) },
      };
    }
  } catch (error) {
    logError("source.update", error, { sourceId });
    return { status: "error", message: APOLOGY, fields: {}, values };
  }
  revalidatePath("/sources");
  redirect(`/sources/${sourceId}`);
}

/**
 * Sets a source's publication date from the claim panel, when a relative date ("last Sunday")
 * needs one: the panel stays open with its selection, and reads the date again.
 */
export async function setPublicationDateAction(
  sourceArgument: string,
  published: unknown,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { ok: false, message: allowed.message };
  const sourceId = idArgument(sourceArgument);
  if (!sourceId) return { ok: false, message: "This source no longer exists." };
  const input = SourceUpdateSchema.safeParse({
    published: typeof published === "string" ? published.trim() : published,
  });
  if (!input.success)
    return { ok: false, message: "Give the date as YYYY, YYYY-MM or YYYY-MM-DD." };
  try {
    const result = await updateSource(sourceId, input.data, { actor: allowed.actor });
    if (!result.ok) return { ok: false, message: "This source no longer exists." };
  } catch (error) {
    logError("source.set_published", error, { sourceId });
    return { ok: false, message: APOLOGY };
  }
  revalidatePath("/", "layout");
  return { ok: true };
}

/** Moves a source (with its claims) to the trash after its confirmation page. */
export async function deleteSourceAction(sourceId: string): Promise<void> {
  if (!idArgument(sourceId)) notFound();
  const actor = await requirePagePermission("trash", `/sources/${sourceId}/delete`);
  await trashSource(sourceId, { actor });
  revalidatePath("/sources");
  redirect("/sources?deleted=1");
}

// Form fields as typed, with the publication date's stray spaces dropped: people type " 2020 ".
function formValues(formData: FormData): Record<string, string> {
  const values = typedValues(formData);
  if (values.published !== undefined) values.published = values.published.trim();
  return values;
}

function refuseUnstorable(values: Record<string, string>): FormState | null {
  const bad = findUnstorable(values);
  if (bad === null) return null;
  return {
    status: "error",
    message: "Some fields need attention.",
    fields: { [bad.path || "text"]: [bad.message] },
    values,
  };
}

function invalid(values: Record<string, string>, error: ZodError): FormState {
  return {
    status: "error",
    message: "Some fields need attention.",
    fields: fieldErrorsOf(error, { topLevel: true }),
    values,
  };
}
