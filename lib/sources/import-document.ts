import { z } from "zod";
import { detectContentType } from "@/lib/import/document-types";
import { extractDocument } from "@/lib/import/extract-document";
import { fetchForImport } from "@/lib/import/fetch-for-import";
import { ImportRefusal } from "@/lib/import/import-refusal";
import { IMPORT_ENV_SHAPE, importOptionsOf } from "@/lib/import/import-settings";
import type { ExtractedMetadata } from "@/lib/import/metadata-values";
import type { OriginalInput } from "./source-original-data";

/** Where an import reads from: a web address, or a file an editor uploaded. */
export type ImportFrom =
  { address: string } | { file: { bytes: Uint8Array; name: string | null; type: string | null } };

/** A document read for import: the extracted text and metadata, and the bytes to keep. */
export interface ImportedDocument {
  text: string;
  metadata: ExtractedMetadata;
  /** PDF only: where each page begins in `text`. */
  pageStarts: number[];
  original: OriginalInput;
}

/** The import settings from the environment (checked at start by the environment schema). */
export function importOptions() {
  return importOptionsOf(z.object(IMPORT_ENV_SHAPE).parse(process.env));
}

/**
 * Fetches (through the guard against server-side request forgery) or takes the uploaded bytes,
 * and extracts text and metadata. Throws ImportRefusal with a sentence for the editor.
 */
export async function readForImport(
  from: ImportFrom,
  options = importOptions(),
): Promise<ImportedDocument> {
  if ("address" in from) {
    const fetched = await fetchForImport(from.address, options);
    const extracted = await extractDocument(fetched.bytes, fetched.contentType, {
      url: fetched.finalUrl,
      maxBytes: options.maxBytes,
    });
    return {
      text: extracted.text,
      metadata: extracted.metadata,
      pageStarts: extracted.pages?.map((page) => page.start) ?? [],
      original: {
        bytes: fetched.bytes,
        contentType: extracted.original.contentType,
        sha256: extracted.original.sha256,
        url: fetched.finalUrl,
        fileName: null,
        fetchedAt: fetched.fetchedAt,
      },
    };
  }
  const { bytes, name, type } = from.file;
  if (bytes.byteLength > options.maxBytes)
    throw new ImportRefusal(
      "too_large",
      `The file is ${mb(bytes.byteLength)} MB, larger than the ${mb(options.maxBytes)} MB Crosscheck imports.`,
    );
  if (bytes.byteLength === 0) throw new ImportRefusal("no_text", "The file is empty.");
  const contentType = detectContentType({ declared: type, name, bytes });
  const extracted = await extractDocument(bytes, contentType, { maxBytes: options.maxBytes });
  return {
    text: extracted.text,
    metadata: extracted.metadata,
    pageStarts: extracted.pages?.map((page) => page.start) ?? [],
    original: {
      bytes,
      contentType: extracted.original.contentType,
      sha256: extracted.original.sha256,
      url: null,
      fileName: name ? name.slice(0, 255) : null,
      fetchedAt: new Date(),
    },
  };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
}
