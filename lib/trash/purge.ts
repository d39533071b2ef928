import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { inTransaction, lockRow, lockRows, type Tx } from "@/lib/db/transaction";
import type { Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import { claimSnapshotSelect } from "@/lib/claims/claim-record";
import { claimSnapshot } from "@/lib/claims/claim-snapshot";
import { questionHeaderSelect } from "@/lib/questions/question-select";
import { questionSnapshot } from "@/lib/questions/question-snapshot";
import { sourceDetailSelect } from "@/lib/sources/source-data";
import { sourceSnapshot } from "@/lib/sources/source-snapshot";

export type PurgeResult = "purged" | "not_found" | "not_in_trash";

/**
 * Deletes a trashed claim for good, with its passages. Only what is in the trash can be purged;
 * its history stays, ending with the purge.
 */
export async function purgeClaim(id: string, actor: Actor): Promise<PurgeResult> {
  if (!isRecordId(id)) return "not_found";
  return inTransaction(async (tx) => {
    const head = await tx.claim.findUnique({ where: { id }, select: { sourceId: true } });
    if (!head) return "not_found";
    await lockRow(tx, "Source", head.sourceId, "FOR SHARE");
    if (!(await lockRow(tx, "Claim", id, "FOR UPDATE"))) return "not_found";
    const claim = await tx.claim.findUniqueOrThrow({ where: { id }, select: claimSnapshotSelect });
    if (!claim.deletedAt) return "not_in_trash";
    await deleteClaims(tx, [{ id, ...claim }], actor);
    return "purged";
  });
}

/** Deletes a trashed source for good, with every claim and passage it holds. */
export async function purgeSource(id: string, actor: Actor): Promise<PurgeResult> {
  if (!isRecordId(id)) return "not_found";
  return inTransaction(async (tx) => {
    if (!(await lockRow(tx, "Source", id, "FOR UPDATE"))) return "not_found";
    const source = await tx.source.findUniqueOrThrow({ where: { id }, select: sourceDetailSelect });
    if (!source.deletedAt) return "not_in_trash";
    const claims = await tx.claim.findMany({
      where: { sourceId: id },
      select: { id: true, ...claimSnapshotSelect },
    });
    await lockRows(
      tx,
      "Claim",
      claims.map((claim) => claim.id),
      "FOR UPDATE",
    );
    await deleteClaims(tx, claims, actor);
    await tx.source.delete({ where: { id } });
    await recordRevision(tx, {
      kind: "source",
      id,
      version: source.version + 1,
      action: "purge",
      actor,
      before: sourceSnapshot(source),
      after: null,
    });
    return "purged";
  });
}

/**
 * Deletes a trashed question for good, with its (trashed) claims; its subject goes too when no
 * other question is about it.
 */
export async function purgeQuestion(id: string, actor: Actor): Promise<PurgeResult> {
  if (!isRecordId(id)) return "not_found";
  return inTransaction(async (tx) => {
    const head = await tx.question.findUnique({ where: { id }, select: { subjectId: true } });
    if (!head) return "not_found";
    const claims = await tx.claim.findMany({
      where: { questionId: id },
      select: { id: true, ...claimSnapshotSelect },
    });
    await lockRows(
      tx,
      "Claim",
      claims.map((claim) => claim.id),
      "FOR UPDATE",
    );
    if (!(await lockRow(tx, "Question", id, "FOR UPDATE"))) return "not_found";
    const question = await tx.question.findUniqueOrThrow({
      where: { id },
      select: { ...questionHeaderSelect, version: true, deletedAt: true },
    });
    if (!question.deletedAt || claims.some((claim) => !claim.deletedAt)) return "not_in_trash";
    await deleteClaims(tx, claims, actor);
    await tx.question.delete({ where: { id } });
    await recordRevision(tx, {
      kind: "question",
      id,
      version: question.version + 1,
      action: "purge",
      actor,
      before: questionSnapshot(question),
      after: null,
    });
    await lockRow(tx, "Subject", head.subjectId, "FOR UPDATE");
    await tx.subject.deleteMany({ where: { id: head.subjectId, questions: { none: {} } } });
    return "purged";
  });
}

type PurgedClaim = { id: string; version: number } & Parameters<typeof claimSnapshot>[0];

async function deleteClaims(tx: Tx, claims: PurgedClaim[], actor: Actor): Promise<void> {
  for (const claim of claims)
    await recordRevision(tx, {
      kind: "claim",
      id: claim.id,
      version: claim.version + 1,
      action: "purge",
      actor,
      before: claimSnapshot(claim),
      after: null,
    });
  await tx.claim.deleteMany({ where: { id: { in: claims.map((claim) => claim.id) } } });
}
