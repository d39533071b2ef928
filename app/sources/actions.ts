"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodError } from "zod";
import { fieldErrorsOf, typedValues, type FormState } from "@/lib/forms/form-state";
import { logError } from "@/lib/log";
import { findUnstorable } from "@/lib/text/unstorable";
import { createSource, updateSource } from "@/lib/sources/source-data";
import { trashSource } from "@/lib/sources/source-trash";
import { SourceInputSchema, SourceUpdateSchema } from "@/lib/sources/source-schema";

const APOLOGY = "Something went wrong on our side and nothing was saved. Please try again.";

/** Adds a source from the "Add a source" form. */
export async function createSourceAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = typedValues(formData);
  // A textarea holds line breaks as LF, and form encoding sends each one as CRLF. Undoing that
  // stores exactly what was in the box; the JSON API stores its text with no change at all.
  if (values.text !== undefined) values.text = values.text.replace(/\r\n/g, "\n");
  const nul = refuseNul(values);
  if (nul) return nul;
  const input = SourceInputSchema.safeParse(values);
  if (!input.success) return invalid(values, input.error);

  let id: string;
  try {
    const result = await createSource(input.data);
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

/** Saves the "Edit details" form of one source. */
export async function updateSourceAction(
  sourceId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = typedValues(formData);
  const nul = refuseNul(values);
  if (nul) return nul;
  const input = SourceUpdateSchema.safeParse(values);
  if (!input.success) return invalid(values, input.error);
  try {
    const result = await updateSource(sourceId, input.data);
    if (!result.ok) {
      return { status: "error", message: "This source no longer exists.", fields: {}, values };
    }
  } catch (error) {
    logError("source.update", error, { sourceId });
    return { status: "error", message: APOLOGY, fields: {}, values };
  }
  revalidatePath("/sources");
  redirect(`/sources/${sourceId}`);
}

/** Moves a source (with its claims) to the trash after its confirmation page. */
export async function deleteSourceAction(sourceId: string): Promise<void> {
  await trashSource(sourceId);
  revalidatePath("/sources");
  redirect("/sources?deleted=1");
}

function refuseNul(values: Record<string, string>): FormState | null {
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
