import type { Snapshot } from "@/lib/history/changed-fields";

interface SnapshotRow {
  questionId: string;
  sourceId: string;
  stated: string;
  parsedValue: unknown;
  override: unknown;
  value: unknown;
  origin: { name: string } | null;
  method: string;
  asOf: string | null;
  note: string | null;
  status: string;
  deletedAt: Date | null;
  passages: {
    sourceId?: string;
    start: number;
    end: number;
    exact: string;
    prefix: string;
    suffix: string;
  }[];
}

/** A claim's fields as the history keeps them: enough to show a change and to restore it. */
export function claimSnapshot(row: SnapshotRow): Snapshot {
  return {
    questionId: row.questionId,
    sourceId: row.sourceId,
    stated: row.stated,
    value: row.value,
    parsedValue: row.parsedValue,
    override: row.override,
    origin: row.origin?.name ?? null,
    method: row.method,
    asOf: row.asOf,
    note: row.note,
    status: row.status,
    trashed: row.deletedAt !== null,
    // A passage in another source names it; those in the claim's own source stay as they were
    // recorded before claims could have passages elsewhere, so old and new snapshots compare.
    passages: row.passages.map(({ sourceId, start, end, exact, prefix, suffix }) => ({
      ...(sourceId && sourceId !== row.sourceId ? { sourceId } : {}),
      start,
      end,
      exact,
      prefix,
      suffix,
    })),
  };
}
