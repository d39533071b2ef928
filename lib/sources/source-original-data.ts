import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Tx } from "@/lib/db/transaction";

/** The bytes a text was extracted from, and where and when they came from. */
export interface OriginalInput {
  bytes: Uint8Array;
  /** As served or detected, charset included. */
  contentType: string;
  sha256: string;
  /** The address fetched (after redirects); null for an upload. */
  url: string | null;
  fileName: string | null;
  fetchedAt: Date;
}

/** An original as the source page lists it (without its bytes). */
export interface OriginalSummary {
  id: string;
  textVersion: number;
  contentType: string;
  size: number;
  sha256: string;
  url: string | null;
  fileName: string | null;
  fetchedAt: Date;
}

const summarySelect = {
  id: true,
  textVersion: true,
  contentType: true,
  size: true,
  sha256: true,
  url: true,
  fileName: true,
  fetchedAt: true,
} as const;

/** Keeps an original beside text version `textVersion` of a source, in the caller's transaction. */
export async function storeOriginal(
  tx: Tx,
  sourceId: string,
  textVersion: number,
  original: OriginalInput,
): Promise<void> {
  await tx.sourceOriginal.create({
    data: {
      sourceId,
      textVersion,
      contentType: original.contentType,
      size: original.bytes.byteLength,
      sha256: original.sha256,
      url: original.url,
      fileName: original.fileName,
      fetchedAt: original.fetchedAt,
      bytes: new Uint8Array(original.bytes),
    },
    select: { id: true },
  });
}

/** The originals of a live source, newest first. */
export async function listOriginals(sourceId: string): Promise<OriginalSummary[]> {
  if (!isRecordId(sourceId)) return [];
  return db.sourceOriginal.findMany({
    where: { sourceId, source: { deletedAt: null } },
    select: summarySelect,
    orderBy: [{ textVersion: "desc" }, { fetchedAt: "desc" }],
  });
}

/** One original of a live source with its bytes, or null. */
export async function getOriginal(
  sourceId: string,
  originalId: string,
): Promise<(OriginalSummary & { bytes: Uint8Array }) | null> {
  if (!isRecordId(sourceId) || !isRecordId(originalId)) return null;
  return db.sourceOriginal.findFirst({
    where: { id: originalId, sourceId, source: { deletedAt: null } },
    select: { ...summarySelect, bytes: true },
  });
}
