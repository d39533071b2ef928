"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checkPermission } from "@/app/_auth/require-permission";
import { fieldErrorsOf, typedValues, type FormState } from "@/lib/forms/form-state";
import { MAX_STYLE_BYTES } from "@/lib/citations/csl-style-check";
import { addStyle } from "@/lib/citations/style-data";
import { CitationStyleInputSchema } from "@/lib/citations/style-schema";
import { logError } from "@/lib/log";

/** Adds a citation style from an uploaded .csl file, refused with the reason when unusable. */
export async function uploadStyleAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = typedValues(formData);
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { status: "error", message: allowed.message, fields: {}, values };
  const file = formData instanceof FormData ? formData.get("file") : null;
  if (!(file instanceof File) || file.size === 0)
    return refused(values, "file", "Choose a .csl file.");
  if (file.size > MAX_STYLE_BYTES)
    return refused(values, "file", `A CSL style is at most ${MAX_STYLE_BYTES / 1024} KB.`);
  const input = CitationStyleInputSchema.safeParse({ name: values.name, xml: await file.text() });
  if (!input.success) {
    const fields = fieldErrorsOf(input.error, { topLevel: true });
    if (fields.xml) fields.file = fields.xml;
    return { status: "error", message: "Some fields need attention.", fields, values };
  }
  let name: string;
  try {
    const result = await addStyle(input.data, allowed.actor);
    if (!result.ok && result.code === "invalid_style")
      return refused(values, "file", result.reason);
    if (!result.ok)
      return refused(values, "name", `A style named “${result.name}” exists; choose another name.`);
    name = result.style.name;
  } catch (error) {
    logError("style.upload", error);
    return {
      status: "error",
      message: "Something went wrong on our side and nothing was saved. Please try again.",
      fields: {},
      values,
    };
  }
  revalidatePath("/styles");
  redirect(`/styles?added=${encodeURIComponent(name)}`);
}

function refused(values: Record<string, string>, field: string, message: string): FormState {
  return { status: "error", message, fields: { [field]: [message] }, values };
}
