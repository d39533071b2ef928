import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Actor } from "@/lib/history/actor";
import { isImportRefusal, type ImportRefusalCode } from "@/lib/import/import-refusal";
import { readForImport } from "./import-document";
import { setSourceText, type NewTextResult } from "./text-version-data";

export type ReimportResult =
  | NewTextResult
  | { ok: false; code: "no_address"; message: string }
  | { ok: false; code: ImportRefusalCode; message: string };

/**
 * Fetches a source's address again and, when its text changed, makes it the source's new text
 * version (reason "reimported") with the bytes kept beside it; passages are re-anchored.
 */
export async function reimportSource(
  id: string,
  { actor, expectedVersion }: { actor: Actor; expectedVersion?: number },
): Promise<ReimportResult> {
  if (!isRecordId(id)) return { ok: false, code: "not_found" };
  const source = await db.source.findFirst({
    where: { id, deletedAt: null },
    select: {
      url: true,
      originals: { select: { url: true }, orderBy: { fetchedAt: "desc" }, take: 1 },
    },
  });
  if (!source) return { ok: false, code: "not_found" };
  const address = source.originals[0]?.url ?? source.url;
  if (!address)
    return {
      ok: false,
      code: "no_address",
      message: "This source has no web address to import again.",
    };
  try {
    const document = await readForImport({ address });
    return await setSourceText(
      id,
      {
        text: document.text,
        reason: "reimported",
        original: document.original,
        pageStarts: document.pageStarts,
      },
      { actor, expectedVersion },
    );
  } catch (error) {
    if (isImportRefusal(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
