import "server-only";
import { lockRows, type Tx } from "@/lib/db/transaction";
import { readStoredValue, unreadableValue } from "@/lib/claims/stored-value";
import { groupBy } from "@/lib/group-by";
import { verdictColumns, type StoredVerdictClaim, type VerdictColumns } from "./verdict-columns";
import type { QuestionKind } from "./question-kinds";

/** What the stored verdict reads of each live claim. */
export const verdictClaimSelect = {
  id: true,
  questionId: true,
  value: true,
  status: true,
  method: true,
  stated: true,
  origin: { select: { id: true, name: true } },
  source: { select: { id: true, title: true } },
} as const;

/**
 * Recomputes and stores the verdicts of these questions from their live claims, inside the
 * caller's transaction. The question rows are locked first, so two writers on one question take
 * turns and the second reads the first one's claim: the stored verdict never misses a write.
 */
export async function refreshVerdicts(tx: Tx, questionIds: readonly string[]): Promise<void> {
  const ids = [...new Set(questionIds)];
  if (ids.length === 0) return;
  await lockRows(tx, "Question", ids, "FOR NO KEY UPDATE");
  const columns = await computeVerdicts(tx, ids);
  for (const [id, data] of columns)
    await tx.question.update({ where: { id }, data: { ...data, verdictAt: new Date() } });
}

/** The verdict columns these questions should hold now, by question id (for refresh and check). */
export async function computeVerdicts(
  tx: Tx,
  questionIds: readonly string[],
): Promise<Map<string, VerdictColumns>> {
  // One after the other: a transaction has one connection, and pg queues rather than overlaps.
  const questions = await tx.question.findMany({
    where: { id: { in: [...questionIds] } },
    select: { id: true, kind: true },
  });
  const claims = await tx.claim.findMany({
    where: { questionId: { in: [...questionIds] }, deletedAt: null },
    select: verdictClaimSelect,
    orderBy: { id: "asc" },
  });
  const byQuestion = groupBy(claims, (claim) => claim.questionId);
  return new Map(
    questions.map((question) => [
      question.id,
      verdictColumns(
        question.kind,
        (byQuestion.get(question.id) ?? []).map((claim) => toVerdictClaim(claim, question.kind)),
      ),
    ]),
  );
}

type Row = {
  id: string;
  value: unknown;
  stated: string;
} & Omit<StoredVerdictClaim, "id" | "value" | "stated" | "unreadable">;

function toVerdictClaim(row: Row, kind: QuestionKind): StoredVerdictClaim {
  const value = readStoredValue(row.value);
  return value
    ? { ...row, value }
    : {
        ...row,
        value: unreadableValue(kind === "date" ? "date" : "quantity", row.stated),
        unreadable: true,
      };
}
