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

/** Live questions by verdict, as the tallies hold them and as counted; null when they agree. */
export type TallyDifference = { stored: VerdictCounts; counted: VerdictCounts } | null;
type VerdictCounts = Record<"diverge" | "agree" | "single" | "none", number>;

/**
 * Recomputes every stored verdict from the claims and lists each field that differs, counts
 * the live questions by verdict and the live sources against the tallies the lists read, and
 * checks the passages' live marks; with `fix`, stores the recomputed verdicts, counts the
 * tallies again and sets the marks. Reads questions in batches, so memory stays
 * flat.
 */
export async function checkStoredVerdicts({ fix = false } = {}): Promise<{
  checked: number;
  differences: VerdictDifference[];
  tallies: TallyDifference;
  /** Passages whose stored "live" (what search reads) is not what their claim, question and source say. */
  stalePassages: number;
  /** The live sources as the sources list's total holds them and as counted; null when equal. */
  sourceTally: { stored: number; counted: number } | null;
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
  const tallies = await checkTallies();
  if (fix && tallies) await db.$executeRaw`SELECT crosscheck_recount_question_tally()`;
  const stalePassages = await checkLivePassages(fix);
  const sourceTally = await checkSourceTally();
  if (fix && sourceTally) await db.$executeRaw`SELECT crosscheck_recount_source_tally()`;
  return { checked, differences, tallies, stalePassages, sourceTally };
}

// One statement, for the reason given at checkTallies.
async function checkSourceTally(): Promise<{ stored: number; counted: number } | null> {
  const [row] = await db.$queryRaw<{ stored: number; counted: number }[]>`
    SELECT (SELECT coalesce(sum("live"), 0)::int FROM "SourceTally") AS stored,
      (SELECT count(*)::int FROM "Source" WHERE "deletedAt" IS NULL) AS counted`;
  return row && row.stored !== row.counted ? row : null;
}

// The flag kept by the triggers of migration 20261202040000_live_passages, against the rows it
// stands for. One pass over the passages with an index lookup each: an operator's check, not a
// request's.
async function checkLivePassages(fix: boolean): Promise<number> {
  if (fix)
    return db.$executeRaw`
      UPDATE "Passage" SET "live" = NOT "live"
      WHERE "live" IS DISTINCT FROM crosscheck_passage_live("claimId", "sourceId")`;
  const [row] = await db.$queryRaw<{ stale: number }[]>`
    SELECT count(*)::int AS stale FROM "Passage"
    WHERE "live" IS DISTINCT FROM crosscheck_passage_live("claimId", "sourceId")`;
  return row?.stale ?? 0;
}

// One statement, so the tallies and the count see the same committed moment (a transaction adds
// to the tallies at its commit, so no moment has one without the other).
async function checkTallies(): Promise<TallyDifference> {
  const [row] = await db.$queryRaw<{ stored: VerdictCounts; counted: VerdictCounts }[]>`
    SELECT
      (SELECT json_build_object('diverge', coalesce(sum(diverge), 0), 'agree',
          coalesce(sum(agree), 0), 'single', coalesce(sum(single), 0), 'none',
          coalesce(sum(none), 0))
        FROM "QuestionTally") AS stored,
      (SELECT json_build_object(
          'diverge', count(*) FILTER (WHERE "verdictStatus" = 'diverge'),
          'agree', count(*) FILTER (WHERE "verdictStatus" = 'agree'),
          'single', count(*) FILTER (WHERE "verdictStatus" = 'single'),
          'none', count(*) FILTER (WHERE "verdictStatus" = 'none'))
        FROM "Question" WHERE "deletedAt" IS NULL) AS counted`;
  if (!row) return null;
  const same = (Object.keys(row.counted) as (keyof VerdictCounts)[]).every(
    (status) => Number(row.stored[status]) === Number(row.counted[status]),
  );
  return same ? null : row;
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
