import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { inTransaction, lockRow } from "@/lib/db/transaction";
import { SCRIPT_ACTOR, type Actor } from "@/lib/history/actor";
import { snapshotAt } from "@/lib/history/history-data";
import { recordRevision } from "@/lib/history/revision-data";
import { nameKey } from "@/lib/naming/name-key";
import type { QuestionHeader } from "./comparison-types";
import type { QuestionUpdate } from "./question-schema";
import { questionHeaderSelect } from "./question-select";
import { questionSnapshot, sortLabelOf } from "./question-snapshot";

export type QuestionEditResult =
  | { ok: true; question: QuestionHeader & { version: number } }
  | { ok: false; code: "not_found" | "question_exists" | "no_such_version" }
  | { ok: false; code: "version_conflict"; current: QuestionHeader & { version: number } };

const select = { ...questionHeaderSelect, version: true, deletedAt: true } as const;

/**
 * Changes a question's measure, scope or unit, with its history entry. Two questions may not
 * share subject, measure and scope: such a change is refused (merge their claims instead).
 */
export async function updateQuestion(
  id: string,
  input: Omit<QuestionUpdate, "version">,
  { actor = SCRIPT_ACTOR, expectedVersion }: { actor?: Actor; expectedVersion?: number } = {},
): Promise<QuestionEditResult> {
  if (!isRecordId(id)) return { ok: false, code: "not_found" };
  return inTransaction(async (tx): Promise<QuestionEditResult> => {
    if (!(await lockRow(tx, "Question", id, "FOR NO KEY UPDATE")))
      return { ok: false, code: "not_found" };
    const before = await tx.question.findUniqueOrThrow({ where: { id }, select });
    if (before.deletedAt) return { ok: false, code: "not_found" };
    const { deletedAt: _gone, ...current } = before;
    if (expectedVersion !== undefined && expectedVersion !== before.version)
      return { ok: false, code: "version_conflict", current };
    const measure = input.measure?.trim() ?? before.measure;
    const scope = input.scope !== undefined ? input.scope.trim() : before.scope;
    const key = [before.subject.id, nameKey(measure), nameKey(scope)].join("|");
    const clash = await tx.question.findFirst({
      where: { key, id: { not: id } },
      select: { id: true },
    });
    if (clash) return { ok: false, code: "question_exists" };
    const after = await tx.question.update({
      where: { id },
      data: {
        measure,
        scope,
        unit: input.unit !== undefined ? input.unit : undefined,
        key,
        sortLabel: sortLabelOf(before.subject.name, measure, scope),
        version: { increment: 1 },
      },
      select,
    });
    await recordRevision(tx, {
      kind: "question",
      id,
      version: after.version,
      action: "update",
      actor,
      before: questionSnapshot(before),
      after: questionSnapshot(after),
    });
    const { deletedAt: _still, ...question } = after;
    return { ok: true, question };
  });
}

/** Brings a question's wording back to an earlier version (itself a recorded change). */
export async function revertQuestion(
  id: string,
  version: number,
  options: { actor?: Actor; expectedVersion?: number },
): Promise<QuestionEditResult> {
  const snapshot = await snapshotAt("question", id, version);
  if (!snapshot) return { ok: false, code: "no_such_version" };
  return updateQuestion(
    id,
    {
      measure: String(snapshot.measure),
      scope: String(snapshot.scope ?? ""),
      unit: (snapshot.unit as string | null) ?? null,
    },
    options,
  );
}
