import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/generated/prisma/client";
import { inTransaction, type Tx } from "@/lib/db/transaction";
import { SCRIPT_ACTOR, type Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import { sectionBefore } from "@/lib/passages/section-before";
import { refreshVerdicts } from "@/lib/questions/stored-verdict";
import { formatPublicationIso, fromStored } from "@/lib/sources/publication-date";
import { describeValue } from "@/lib/values/describe-value";
import { quotePassage, lockLiveClaim } from "./claim-data";
import { claimSnapshotSelect } from "./claim-record";
import { claimSnapshot } from "./claim-snapshot";
import type { ValueOverrideInput } from "./claim-schema";
import { referenceOf } from "./claim-value";
import { readingLanguage } from "./reading-language";
import { rederiveValue, type Rederived } from "./rederive-value";
import { readStoredValue } from "./stored-value";

const BATCH = 200;

/** One stored value the current rules read otherwise, or refuse. */
export interface ValueChange {
  claimId: string;
  questionId: string;
  stated: string;
  /** The value as stored and as the current rules read it, in words. */
  before: string;
  after: string | null;
  /** Why the current rules refuse the claim; such a claim is never written. */
  refusal: string | null;
  versions: Rederived["versions"];
  /** True when `--apply` wrote the new value. */
  applied: boolean;
}

export interface RederiveReport {
  checked: number;
  changes: ValueChange[];
  /** Claims whose stored value cannot be read at all (listed, never rewritten). */
  unreadable: string[];
}

/**
 * Re-reads every live claim's stored words with the current rules and lists the values that
 * would change. With `apply`, writes each changed value (never a refused one) as an edit of its
 * own: the claim is locked and read again, its version goes up, the change is recorded in its
 * history, and its question's stored verdict is refreshed, all in one transaction per claim.
 */
export async function rederiveStoredValues({
  apply = false,
  actor = SCRIPT_ACTOR,
  claimIds,
}: {
  apply?: boolean;
  actor?: Actor;
  /** Only these claims (all live claims when absent). */
  claimIds?: string[];
} = {}): Promise<RederiveReport> {
  const report: RederiveReport = { checked: 0, changes: [], unreadable: [] };
  let after = "";
  for (;;) {
    const rows = await db.claim.findMany({
      where: {
        id: claimIds ? { gt: after, in: claimIds } : { gt: after },
        deletedAt: null,
        source: { deletedAt: null },
      },
      select: { id: true, sourceId: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    const sources = await loadSources([...new Set(rows.map((row) => row.sourceId))]);
    for (const row of rows) {
      report.checked += 1;
      const claim = await db.claim.findUniqueOrThrow({
        where: { id: row.id },
        select: { ...claimSnapshotSelect, question: { select: { kind: true, measure: true } } },
      });
      const source = sources.get(row.sourceId);
      if (!source) continue;
      const result = rederive({ ...claim, ...source });
      if (result === "unreadable") report.unreadable.push(row.id);
      if (result === "unreadable" || !result.changed) continue;
      const change: ValueChange = {
        claimId: row.id,
        questionId: claim.questionId,
        stated: claim.stated,
        before: describeValue(result.before),
        after: result.after ? describeValue(result.after) : null,
        refusal: result.failure?.message ?? null,
        versions: result.versions,
        applied: false,
      };
      if (apply && result.after) change.applied = await applyChange(row.id, actor);
      report.changes.push(change);
    }
  }
  return report;
}

interface ClaimToRederive {
  stated: string;
  sourceId: string;
  value: unknown;
  override: unknown;
  passages: { sourceId: string; start: number; exact: string }[];
  question: { kind: "count" | "quantity" | "date"; measure: string };
  text: string;
  reference: ReturnType<typeof referenceOf>;
  language: string | null;
}

function rederive(claim: ClaimToRederive): Rederived | "unreadable" {
  const value = readStoredValue(claim.value);
  if (!value) return "unreadable";
  const passage = quotePassage(claim, claim.stated);
  return rederiveValue({
    kind: claim.question.kind,
    quote: passage?.exact ?? "",
    stated: claim.stated,
    override: (claim.override as ValueOverrideInput | null) ?? null,
    reference: claim.reference,
    language: claim.language,
    measure: claim.question.measure,
    context: sectionBefore(claim.text, passage?.start ?? 0),
    value,
  });
}

// Locks and reads the claim again, so an edit made since the dry read is never overwritten with
// a value derived from older words; false when there is nothing to write any more.
async function applyChange(id: string, actor: Actor): Promise<boolean> {
  return inTransaction(async (tx) => {
    const existing = await lockLiveClaim(tx, id);
    if (!existing) return false;
    const question = await tx.question.findUniqueOrThrow({
      where: { id: existing.questionId },
      select: { kind: true, measure: true },
    });
    const result = rederive({
      ...existing,
      question,
      text: existing.sourceText,
      reference: existing.reference,
      language: existing.language,
    });
    if (result === "unreadable" || !result.changed || !result.after) return false;
    const updated = await write(tx, id, result);
    await recordRevision(tx, {
      kind: "claim",
      id,
      version: updated.version,
      action: "update",
      actor,
      before: claimSnapshot(existing),
      after: claimSnapshot(updated),
    });
    await refreshVerdicts(tx, [existing.questionId]);
    return true;
  });
}

function write(tx: Tx, id: string, result: Rederived) {
  return tx.claim.update({
    where: { id },
    data: {
      value: result.after as unknown as Prisma.InputJsonValue,
      parsedValue: result.parsed
        ? (result.parsed as unknown as Prisma.InputJsonValue)
        : Prisma.DbNull,
      version: { increment: 1 },
    },
    select: claimSnapshotSelect,
  });
}

async function loadSources(ids: string[]) {
  const rows = await db.source.findMany({
    where: { id: { in: ids } },
    select: { id: true, text: true, language: true, publishedOn: true, publishedPrecision: true },
  });
  return new Map(
    rows.map((row) => {
      const published =
        row.publishedOn && row.publishedPrecision
          ? formatPublicationIso(fromStored(row.publishedOn, row.publishedPrecision))
          : null;
      return [
        row.id,
        {
          text: row.text,
          reference: referenceOf(published),
          language: readingLanguage(row.language, row.text),
        },
      ];
    }),
  );
}
