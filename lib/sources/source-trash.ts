import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { inTransaction, lockRow, lockRows, type Tx } from "@/lib/db/transaction";
import { SCRIPT_ACTOR, type Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import { setTrashed } from "@/lib/claims/claim-trash";
import { refreshVerdicts } from "@/lib/questions/stored-verdict";
import { sourceDetailSelect } from "./source-data";
import { sourceSnapshot } from "./source-snapshot";

export type SourceTrashResult = "done" | "not_found" | "version_conflict";

/**
 * Moves a source to the trash with its live claims (and their passages): readers no longer see
 * them, verdicts leave them out, an admin can restore them all as they were.
 */
export async function trashSource(
  id: string,
  { actor = SCRIPT_ACTOR, expectedVersion }: { actor?: Actor; expectedVersion?: number } = {},
): Promise<SourceTrashResult> {
  if (!isRecordId(id)) return "not_found";
  return inTransaction(async (tx) => {
    // FOR UPDATE waits for claim writers on this source (they hold FOR SHARE) and keeps new ones
    // out until the source is gone from their view.
    if (!(await lockRow(tx, "Source", id, "FOR UPDATE"))) return "not_found";
    const before = await tx.source.findUniqueOrThrow({ where: { id }, select: sourceDetailSelect });
    if (before.deletedAt) return "not_found";
    if (expectedVersion !== undefined && expectedVersion !== before.version)
      return "version_conflict";
    const claims = await tx.claim.findMany({
      where: { sourceId: id, deletedAt: null },
      select: { id: true, questionId: true },
    });
    await lockRows(
      tx,
      "Claim",
      claims.map((claim) => claim.id),
      "FOR UPDATE",
    );
    for (const claim of claims) await setTrashed(tx, claim.id, true, actor, id);
    await setSourceTrashed(tx, id, true, actor);
    await refreshVerdicts(
      tx,
      claims.map((claim) => claim.questionId),
    );
    return "done";
  });
}

/**
 * Brings a trashed source back with the claims that went to the trash with it, except those
 * whose question is in the trash meanwhile (they stay there, and can be restored later).
 */
export async function restoreSource(
  id: string,
  { actor = SCRIPT_ACTOR }: { actor?: Actor } = {},
): Promise<SourceTrashResult> {
  if (!isRecordId(id)) return "not_found";
  return inTransaction(async (tx) => {
    if (!(await lockRow(tx, "Source", id, "FOR UPDATE"))) return "not_found";
    const source = await tx.source.findUniqueOrThrow({
      where: { id },
      select: { deletedAt: true },
    });
    if (!source.deletedAt) return "not_found";
    await setSourceTrashed(tx, id, false, actor);
    const claims = await tx.claim.findMany({
      where: { sourceId: id, trashedWith: id, question: { deletedAt: null } },
      select: { id: true, questionId: true },
    });
    await lockRows(
      tx,
      "Claim",
      claims.map((claim) => claim.id),
      "FOR UPDATE",
    );
    for (const claim of claims) await setTrashed(tx, claim.id, false, actor);
    await refreshVerdicts(
      tx,
      claims.map((claim) => claim.questionId),
    );
    return "done";
  });
}

async function setSourceTrashed(tx: Tx, id: string, trashed: boolean, actor: Actor) {
  const before = await tx.source.findUniqueOrThrow({ where: { id }, select: sourceDetailSelect });
  const after = await tx.source.update({
    where: { id },
    data: { deletedAt: trashed ? new Date() : null, version: { increment: 1 } },
    select: sourceDetailSelect,
  });
  await recordRevision(tx, {
    kind: "source",
    id,
    version: after.version,
    action: trashed ? "trash" : "restore",
    actor,
    before: sourceSnapshot(before),
    after: sourceSnapshot(after),
  });
}
