import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";

/** The kinds of record a write must name the version of. */
export type VersionedKind = "source" | "question" | "claim";

/**
 * The current version of a record that is not in the trash, or null when there is none: what a
 * write that named no version is told to name (or told is not there).
 */
export async function liveVersion(kind: VersionedKind, id: string): Promise<number | null> {
  if (!isRecordId(id)) return null;
  const query = { where: { id, deletedAt: null }, select: { version: true } } as const;
  const row =
    kind === "source"
      ? await db.source.findFirst(query)
      : kind === "question"
        ? await db.question.findFirst(query)
        : await db.claim.findFirst(query);
  return row?.version ?? null;
}
