import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Snapshot } from "./changed-fields";
import type { RecordKind, RevisionAction } from "./revision-data";

export interface RevisionView {
  version: number;
  action: RevisionAction;
  actorName: string;
  at: Date;
  changed: string[];
  before: Snapshot | null;
  after: Snapshot | null;
}

/** The most changes one history page shows. */
export const HISTORY_PAGE = 100;

const select = {
  version: true,
  action: true,
  actorName: true,
  at: true,
  changed: true,
  before: true,
  after: true,
} as const;

/** A record's changes, newest first, a page at a time (`beforeVersion` pages back). */
export async function listHistory(
  kind: RecordKind,
  id: string,
  { beforeVersion, limit = HISTORY_PAGE }: { beforeVersion?: number; limit?: number } = {},
): Promise<RevisionView[]> {
  if (!isRecordId(id)) return [];
  const rows = await db.revision.findMany({
    where: {
      recordKind: kind,
      recordId: id,
      ...(beforeVersion ? { version: { lt: beforeVersion } } : {}),
    },
    select,
    orderBy: { version: "desc" },
    take: Math.min(Math.max(1, limit), HISTORY_PAGE),
  });
  return rows.map(toView);
}

/** The changes made after `version` (what someone editing that version has not seen), oldest first. */
export async function changesSince(
  kind: RecordKind,
  id: string,
  version: number,
): Promise<RevisionView[]> {
  const rows = await db.revision.findMany({
    where: { recordKind: kind, recordId: id, version: { gt: version } },
    select,
    orderBy: { version: "asc" },
    take: HISTORY_PAGE,
  });
  return rows.map(toView);
}

/** The record's fields as one version left them, or null when the history has no such version. */
export async function snapshotAt(
  kind: RecordKind,
  id: string,
  version: number,
): Promise<Snapshot | null> {
  if (!isRecordId(id)) return null;
  const row = await db.revision.findUnique({
    where: { recordKind_recordId_version: { recordKind: kind, recordId: id, version } },
    select: { after: true },
  });
  return (row?.after as Snapshot | null) ?? null;
}

function toView(row: {
  version: number;
  action: RevisionAction;
  actorName: string;
  at: Date;
  changed: string[];
  before: unknown;
  after: unknown;
}): RevisionView {
  return {
    ...row,
    before: (row.before as Snapshot | null) ?? null,
    after: (row.after as Snapshot | null) ?? null,
  };
}
