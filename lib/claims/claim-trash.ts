import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { inTransactionUnlessRefused, lockRow, type Tx } from "@/lib/db/transaction";
import { SCRIPT_ACTOR } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import type { ClaimRecord } from "@/lib/questions/comparison-types";
import { refreshVerdicts } from "@/lib/questions/stored-verdict";
import { lockLiveClaim, readClaimRecord, versionConflict, type WriteOptions } from "./claim-data";
import { fail, type ClaimResult } from "./claim-failure";
import { claimSnapshotSelect } from "./claim-record";
import { claimSnapshot } from "./claim-snapshot";
import { lockLiveSource } from "./claim-source";

/**
 * Moves a claim to the trash: readers no longer see it and its question's verdict leaves it out,
 * but it and its passages are kept until an admin purges them.
 */
export async function trashClaim(
  id: string,
  { actor = SCRIPT_ACTOR, expectedVersion }: WriteOptions = {},
): Promise<ClaimResult<{ id: string; questionId: string }>> {
  if (!isRecordId(id)) return missing(id);
  return inTransactionUnlessRefused(async (tx) => {
    const existing = await lockLiveClaim(tx, id);
    if (!existing) return missing(id);
    if (expectedVersion !== undefined && expectedVersion !== existing.version)
      return versionConflict(expectedVersion, await readClaimRecord(tx, id));
    await setTrashed(tx, id, true, actor);
    await refreshVerdicts(tx, [existing.questionId]);
    return { ok: true, value: { id, questionId: existing.questionId } };
  });
}

/** Brings a trashed claim back, when its source and question are not in the trash themselves. */
export async function restoreClaim(
  id: string,
  { actor = SCRIPT_ACTOR }: WriteOptions = {},
): Promise<ClaimResult<ClaimRecord>> {
  if (!isRecordId(id)) return missing(id);
  return inTransactionUnlessRefused(async (tx) => {
    const head = await tx.claim.findUnique({
      where: { id },
      select: { sourceId: true, questionId: true, deletedAt: true },
    });
    if (!head?.deletedAt) return missing(id);
    if (!(await lockLiveSource(tx, head.sourceId, "FOR SHARE")))
      return fail(
        "source_not_found",
        "sourceId",
        "Its source is in the trash; restore the source.",
      );
    await lockRow(tx, "Claim", id, "FOR UPDATE");
    await lockRow(tx, "Question", head.questionId, "FOR NO KEY UPDATE");
    const question = await tx.question.findUnique({
      where: { id: head.questionId },
      select: { deletedAt: true },
    });
    if (question?.deletedAt)
      return fail(
        "question_not_found",
        "questionId",
        "Its question is in the trash; restore it first.",
      );
    await setTrashed(tx, id, false, actor);
    await refreshVerdicts(tx, [head.questionId]);
    return { ok: true, value: await readClaimRecord(tx, id) };
  });
}

/**
 * Marks one claim trashed or live, with its history entry; `trashedWith` names the source or
 * question whose trashing takes it along, so restoring that brings back exactly these claims.
 */
export async function setTrashed(
  tx: Tx,
  id: string,
  trashed: boolean,
  actor: typeof SCRIPT_ACTOR,
  trashedWith: string | null = null,
): Promise<void> {
  const before = await tx.claim.findUniqueOrThrow({ where: { id }, select: claimSnapshotSelect });
  const after = await tx.claim.update({
    where: { id },
    data: {
      deletedAt: trashed ? new Date() : null,
      trashedWith: trashed ? trashedWith : null,
      version: { increment: 1 },
    },
    select: claimSnapshotSelect,
  });
  await recordRevision(tx, {
    kind: "claim",
    id,
    version: after.version,
    action: trashed ? "trash" : "restore",
    actor,
    before: claimSnapshot(before),
    after: claimSnapshot(after),
  });
}

function missing<T>(id: string): ClaimResult<T> {
  return fail("claim_not_found", "id", `No claim has the id "${id}".`);
}
