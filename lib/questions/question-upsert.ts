import "server-only";
import { lockRow, type Tx } from "@/lib/db/transaction";
import type { Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import { nameKey } from "@/lib/naming/name-key";
import { findOrCreateSubject } from "@/lib/subjects/subject-upsert";
import type { QuestionHeader } from "./comparison-types";
import type { QuestionInput } from "./question-schema";
import { questionHeaderSelect } from "./question-select";
import { questionSnapshot, sortLabelOf } from "./question-snapshot";

/**
 * The question for this subject, measure and scope, created (with its subject) on first use and
 * locked for the rest of the transaction. Twenty requests creating one new question at once all
 * get that one question. A question found in the trash is restored: it had no claims, and the
 * editor means to give it one.
 */
export async function findOrCreateQuestion(
  tx: Tx,
  input: QuestionInput,
  actor: Actor,
): Promise<QuestionHeader> {
  const subject = await findOrCreateSubject(tx, input.subject);
  const measure = input.measure.trim();
  const scope = input.scope?.trim() ?? "";
  const key = [subject.id, nameKey(measure), nameKey(scope)].join("|");
  const created = await tx.question.createManyAndReturn({
    data: [
      {
        subjectId: subject.id,
        measure,
        kind: input.kind,
        unit: input.unit ?? null,
        scope,
        key,
        sortLabel: sortLabelOf(subject.name, measure, scope),
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  const found = await tx.question.findUniqueOrThrow({ where: { key }, select: { id: true } });
  await lockRow(tx, "Question", found.id, "FOR NO KEY UPDATE");
  const question = await tx.question.findUniqueOrThrow({
    where: { id: found.id },
    select: { ...questionHeaderSelect, version: true, deletedAt: true },
  });
  const { version, deletedAt, ...header } = question;
  if (created.length)
    await recordRevision(tx, {
      kind: "question",
      id: header.id,
      version,
      action: "create",
      actor,
      before: null,
      after: questionSnapshot(question),
    });
  if (deletedAt) {
    const restored = await tx.question.update({
      where: { id: header.id },
      data: { deletedAt: null, version: { increment: 1 } },
      select: { ...questionHeaderSelect, version: true, deletedAt: true },
    });
    await recordRevision(tx, {
      kind: "question",
      id: header.id,
      version: restored.version,
      action: "restore",
      actor,
      before: questionSnapshot(question),
      after: questionSnapshot(restored),
    });
  }
  return header;
}
