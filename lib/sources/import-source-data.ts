import "server-only";
import type { FieldErrors } from "@/lib/forms/form-state";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import type { Actor } from "@/lib/history/actor";
import type { ImportRefusalCode } from "@/lib/import/import-refusal";
import { isImportRefusal } from "@/lib/import/import-refusal";
import type { ExtractedMetadata } from "@/lib/import/metadata-values";
import { applyKeptRanges, type KeptRange } from "./kept-ranges";
import { readForImport, type ImportFrom, type ImportedDocument } from "./import-document";
import { fieldsFromMetadata } from "./import-schema";
import { createSource, type SourceDetail } from "./source-data";
import { SourceInputSchema } from "./source-schema";

/** What the editor checks before saving: the extracted text and metadata, and the original. */
export interface ImportPreview {
  text: string;
  metadata: ExtractedMetadata;
  /** The source fields suggested by the metadata (title, authors, published…). */
  fields: Record<string, unknown>;
  pageStarts: number[];
  original: {
    contentType: string;
    size: number;
    sha256: string;
    url: string | null;
    fileName: string | null;
    fetchedAt: string;
  };
}

export type ImportFailure =
  | { ok: false; code: ImportRefusalCode; message: string }
  | { ok: false; code: "document_changed"; message: string; preview: ImportPreview }
  | { ok: false; code: "invalid_keep"; message: string }
  | { ok: false; code: "validation_failed"; message: string; fields: FieldErrors }
  | {
      ok: false;
      code: "duplicate_text";
      message: string;
      duplicateOf: { id: string; title: string };
    };

/** Reads a document for the editor to check; nothing is stored. */
export async function previewImport(
  from: ImportFrom,
): Promise<{ ok: true; preview: ImportPreview } | ImportFailure> {
  const read = await readOrRefuse(from);
  return read.ok ? { ok: true, preview: previewOf(read.document, from) } : read;
}

/**
 * Reads a document and saves it as a new source: the parts of its text the editor kept, the
 * source fields (given ones over those the metadata suggests) and the original bytes, in one
 * transaction. With `sha256`, a document that changed since the editor checked it is not saved;
 * its new preview comes back instead.
 */
export async function importSource(
  from: ImportFrom,
  request: { fields: Record<string, unknown>; keep?: readonly KeptRange[]; sha256?: string },
  { actor }: { actor: Actor },
): Promise<{ ok: true; source: SourceDetail; preview: ImportPreview } | ImportFailure> {
  const read = await readOrRefuse(from);
  if (!read.ok) return read;
  const { document } = read;
  const preview = previewOf(document, from);
  if (request.sha256 && request.sha256 !== document.original.sha256)
    return {
      ok: false,
      code: "document_changed",
      message:
        "The document changed since you checked it, so nothing was saved. Its new text is shown; check it and save again.",
      preview,
    };
  const kept = applyKeptRanges(document.text, request.keep, document.pageStarts);
  if (!kept.ok) return { ok: false, code: "invalid_keep", message: kept.message };
  const input = SourceInputSchema.safeParse({
    ...preview.fields,
    ...request.fields,
    text: kept.text,
  });
  if (!input.success)
    return {
      ok: false,
      code: "validation_failed",
      message: "Some fields need attention.",
      fields: fieldErrorsOf(input.error),
    };
  const created = await createSource(input.data, {
    actor,
    original: document.original,
    pageStarts: kept.pageStarts,
  });
  if (!created.ok)
    return {
      ok: false,
      code: "duplicate_text",
      message: `This text is already in the library as “${created.duplicateOf.title}”.`,
      duplicateOf: created.duplicateOf,
    };
  return { ok: true, source: created.source, preview };
}

async function readOrRefuse(
  from: ImportFrom,
): Promise<{ ok: true; document: ImportedDocument } | ImportFailure> {
  try {
    return { ok: true, document: await readForImport(from) };
  } catch (error) {
    if (isImportRefusal(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

function previewOf(document: ImportedDocument, from: ImportFrom): ImportPreview {
  const { bytes, fetchedAt, ...original } = document.original;
  return {
    text: document.text,
    metadata: document.metadata,
    fields: fieldsFromMetadata(document.metadata, "address" in from ? from.address : null),
    pageStarts: document.pageStarts,
    original: { ...original, size: bytes.byteLength, fetchedAt: fetchedAt.toISOString() },
  };
}
