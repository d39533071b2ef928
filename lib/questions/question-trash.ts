import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { inTransaction, lockRow } from "@/lib/db/transaction";
import { SCRIPT_ACTOR, type Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import { questionHeaderSelect } from "./question-select";
import { questionSnapshot } from "./question-snapshot";

export type TrashQuestionResult = "trashed" | "not_found" | "has_claims" | "version_conflict";

/**
 * Moves a question no live claim answers to the trash. The emptiness check and the change are
 * one step under the question's row lock, which every claim writer takes too: a claim recorded
 * at the same moment either lands first (and the question stays) or finds it gone (404).
 */
export async function trashEmptyQuestion(
  id: string,
  { actor = SCRIPT_ACTOR, expectedVersion }: { actor?: Actor; expectedVersion?: number } = {},
): Promise<TrashQuestionResult> {
  if (!isRecordId(id)) return "not_found";
  return inTransaction(async (tx) => {
    if (!(await lockRow(tx, "Question", id, "FOR NO KEY UPDATE"))) return "not_found";
    const select = { ...questionHeaderSelect, version: true, deletedAt: true };
    const question = await tx.question.findUniqueOrThrow({ where: { id }, select });
    if (question.deletedAt) return "not_found";
    if (expectedVersion !== undefined && expectedVersion !== question.version)
      return "version_conflict";
    const live = await tx.claim.count({ where: { questionId: id, deletedAt: null } });
    if (live > 0) return "has_claims";
    const after = await tx.question.update({
      where: { id },
      data: { deletedAt: new Date(), version: { increment: 1 } },
      select,
    });
    await recordRevision(tx, {
      kind: "question",
      id,
      version: after.version,
      action: "trash",
      actor,
      before: questionSnapshot(question),
      after: questionSnapshot(after),
    });
    return "trashed";
  });
}
