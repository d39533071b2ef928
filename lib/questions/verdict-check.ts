import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { computeVerdicts, refreshVerdicts } from "./stored-verdict";
import { VERDICT_VERSION, type VerdictColumns } from "./verdict-columns";

const BATCH = 500;

export interface VerdictDifference {
  questionId: string;
  field: keyof VerdictColumns;
  stored: unknown;
  computed: unknown;
}

/**
 * Recomputes every stored verdict from the claims and lists each field that differs; with
 * `fix`, stores the recomputed one. Reads questions in batches, so memory stays flat.
 */
export async function checkStoredVerdicts({ fix = false } = {}): Promise<{
  checked: number;
  differences: VerdictDifference[];
}> {
  const differences: VerdictDifference[] = [];
  let checked = 0;
  let after = "";
  for (;;) {
    const rows = await db.question.findMany({
      where: { id: { gt: after } },
      select: { id: true, ...storedColumns },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    checked += rows.length;
    const computed = await computeVerdicts(
      db,
      rows.map((row) => row.id),
    );
    const stale: string[] = [];
    for (const row of rows) {
      const expected = computed.get(row.id);
      if (!expected) continue;
      const fields = (Object.keys(expected) as (keyof VerdictColumns)[]).filter(
        (field) => row[field] !== expected[field],
      );
      for (const field of fields)
        differences.push({
          questionId: row.id,
          field,
          stored: row[field],
          computed: expected[field],
        });
      if (fields.length) stale.push(row.id);
    }
    if (fix && stale.length) await inTransaction((tx) => refreshVerdicts(tx, stale));
  }
  return { checked, differences };
}

/** Recomputes the verdicts stored by older code (a lower VERDICT_VERSION); returns how many. */
export async function refreshOutdatedVerdicts(): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const rows = await db.question.findMany({
      where: { verdictVersion: { lt: VERDICT_VERSION } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return refreshed;
    await inTransaction((tx) =>
      refreshVerdicts(
        tx,
        rows.map((row) => row.id),
      ),
    );
    refreshed += rows.length;
  }
}

const storedColumns = {
  verdictStatus: true,
  verdictRank: true,
  divergence: true,
  verdictSummary: true,
  clusterCount: true,
  claimCount: true,
  sourceCount: true,
  originCount: true,
  verdictVersion: true,
} as const;
