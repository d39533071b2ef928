import "server-only";
import { snapshotAt } from "@/lib/history/history-data";
import type { Actor } from "@/lib/history/actor";
import { parsePublicationDate } from "./publication-date";
import { updateSource, type UpdateSourceResult } from "./source-data";
import type { SourceKind } from "./source-kinds";

/**
 * Brings a source's metadata back to what an earlier version held (its text never changes): an
 * edit like any other, recorded in the history, refused when made on a stale version.
 */
export async function revertSource(
  id: string,
  version: number,
  options: { actor?: Actor; expectedVersion?: number },
): Promise<UpdateSourceResult | { ok: false; code: "no_such_version" }> {
  const snapshot = await snapshotAt("source", id, version);
  if (!snapshot) return { ok: false, code: "no_such_version" };
  const published =
    typeof snapshot.published === "string" ? parsePublicationDate(snapshot.published) : null;
  return updateSource(
    id,
    {
      title: String(snapshot.title),
      publisher: (snapshot.publisher as string | null) ?? null,
      authors: (snapshot.authors as string[] | null) ?? [],
      url: (snapshot.url as string | null) ?? null,
      published: published?.ok ? published.date : null,
      kind: snapshot.kind as SourceKind,
      language: (snapshot.language as string | null) ?? null,
      // Versions recorded before these fields existed hold nothing for them: leave them be.
      ...("accessed" in snapshot ? { accessed: (snapshot.accessed as string | null) ?? null } : {}),
      ...("archiveUrl" in snapshot
        ? { archiveUrl: (snapshot.archiveUrl as string | null) ?? null }
        : {}),
    },
    options,
  );
}
