"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checkPermission } from "@/app/_auth/require-permission";
import { typedValues, type FormState } from "@/lib/forms/form-state";
import { logError } from "@/lib/log";
import { findUnstorable } from "@/lib/text/unstorable";
import type { ImportFrom } from "@/lib/sources/import-document";
import { ImportOptionsSchema, splitImportBody } from "@/lib/sources/import-schema";
import { importSource, previewImport, type ImportPreview } from "@/lib/sources/import-source-data";

const APOLOGY = "Something went wrong on our side and nothing was read. Please try again.";

/** What the import form gets back: the usual form state, and a new preview when there is one. */
export type ImportFormState = FormState & { preview?: ImportPreview };

export type PreviewOutcome =
  { ok: true; preview: ImportPreview } | { ok: false; message: string; field: "address" | "file" };

/** Fetches a web address or reads an uploaded file, for the editor to check; stores nothing. */
export async function previewImportAction(formData: FormData): Promise<PreviewOutcome> {
  const field =
    formData instanceof FormData && formData.get("from") === "file" ? "file" : "address";
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { ok: false, message: allowed.message, field };
  const from = await importFrom(formData);
  if (!from.ok) return { ok: false, message: from.message, field };
  try {
    const result = await previewImport(from.value);
    return result.ok ? result : { ok: false, message: result.message, field };
  } catch (error) {
    logError("source.import.preview", error);
    return { ok: false, message: APOLOGY, field };
  }
}

/**
 * Saves the checked import: reads the document again (the same bytes: an upload is sent again,
 * an address fetched again and compared by SHA-256), keeps the parts the editor chose and
 * stores source, first text version and original in one transaction.
 */
export async function saveImportAction(
  _previous: ImportFormState,
  formData: FormData,
): Promise<ImportFormState> {
  const values = typedValues(formData);
  if (values.published !== undefined) values.published = values.published.trim();
  const allowed = await checkPermission("write");
  if (!allowed.ok) return { status: "error", message: allowed.message, fields: {}, values };
  const bad = findUnstorable(values);
  if (bad) return fail(values, bad.message, { [bad.path || "title"]: [bad.message] });
  const from = await importFrom(formData);
  if (!from.ok) return fail(values, from.message, {});
  const { from: _from, ...rest } = values;
  const { options: raw, fields } = splitImportBody(rest);
  const options = ImportOptionsSchema.safeParse(raw);
  if (!options.success) return fail(values, "The parts of the text to keep could not be read.", {});
  let id: string;
  try {
    const result = await importSource(
      from.value,
      { fields, keep: options.data.keep, sha256: options.data.sha256 },
      { actor: allowed.actor },
    );
    if (!result.ok) {
      const state = fail(values, result.message, "fields" in result ? result.fields : {});
      if ("duplicateOf" in result) state.duplicateOf = result.duplicateOf;
      if ("preview" in result) state.preview = result.preview;
      return state;
    }
    id = result.source.id;
  } catch (error) {
    logError("source.import.save", error);
    return fail(
      values,
      "Something went wrong on our side and nothing was saved. Please try again.",
      {},
    );
  }
  revalidatePath("/sources");
  redirect(`/sources/${id}`);
}

type From = { ok: true; value: ImportFrom } | { ok: false; message: string };

async function importFrom(formData: unknown): Promise<From> {
  if (!(formData instanceof FormData)) return { ok: false, message: "Send the import form." };
  if (formData.get("from") === "file") {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0)
      return { ok: false, message: "Choose a file to upload (HTML, PDF, plain text or Markdown)." };
    return {
      ok: true,
      value: {
        file: {
          bytes: new Uint8Array(await file.arrayBuffer()),
          name: file.name || null,
          type: file.type || null,
        },
      },
    };
  }
  const address = ImportOptionsSchema.shape.address.safeParse(
    String(formData.get("address") ?? "").trim() || undefined,
  );
  if (!address.success || !address.data)
    return { ok: false, message: "Give a full web address starting with http:// or https://." };
  return { ok: true, value: { address: address.data } };
}

function fail(
  values: Record<string, string>,
  message: string,
  fields: Record<string, string[]>,
): ImportFormState {
  return { status: "error", message, fields, values };
}
