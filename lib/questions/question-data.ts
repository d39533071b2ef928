import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Prisma } from "@/generated/prisma/client";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import { claimRecordSelect, toClaimRecord } from "@/lib/claims/claim-record";
import { groupBy } from "@/lib/group-by";
import { nameKey } from "@/lib/naming/name-key";
import { upsertSubject } from "@/lib/subjects/subject-data";
import { buildComparison } from "./build-comparison";
import type { QuestionComparison, QuestionHeader, VerdictView } from "./comparison-types";
import type { QuestionInput } from "./question-schema";
import { byDivergence } from "./question-order";
import { questionHeaderSelect } from "./question-select";
import { questionVerdict } from "./question-verdict";

export interface QuestionListItem extends QuestionHeader {
  verdict: VerdictView;
  claimCount: number;
  sourceCount: number;
}

/** The question for this subject, measure and scope, created (with its subject) on first use. */
export async function upsertQuestion(
  tx: Prisma.TransactionClient,
  input: QuestionInput,
): Promise<QuestionHeader> {
  const subjectId = await upsertSubject(tx, input.subject);
  const scope = input.scope?.trim() ?? "";
  const key = [subjectId, nameKey(input.measure), nameKey(scope)].join("|");
  return tx.question.upsert({
    where: { key },
    create: {
      subjectId,
      measure: input.measure.trim(),
      kind: input.kind,
      unit: input.unit ?? null,
      scope,
      key,
    },
    update: {},
    select: questionHeaderSelect,
  });
}

/** One question's header, or null. */
export async function getQuestionHeader(id: string): Promise<QuestionHeader | null> {
  if (!isRecordId(id)) return null;
  return db.question.findUnique({ where: { id }, select: questionHeaderSelect });
}

/**
 * Questions with their verdicts, most divergent first. A fixed number of queries whatever the
 * number of claims: questions, then all their claims at once.
 */
export async function listQuestions(
  filter: { subjectId?: string; verdict?: VerdictStatus } = {},
): Promise<QuestionListItem[]> {
  if (filter.subjectId !== undefined && !isRecordId(filter.subjectId)) return [];
  const where = filter.subjectId ? { subjectId: filter.subjectId } : {};
  const [questions, claims] = await Promise.all([
    db.question.findMany({ where, select: questionHeaderSelect }),
    db.claim.findMany({
      where: { question: where },
      select: {
        id: true,
        questionId: true,
        value: true,
        status: true,
        method: true,
        stated: true,
        origin: { select: { id: true, name: true } },
        source: { select: { id: true, title: true } },
      },
    }),
  ]);
  const byQuestion = groupBy(claims, (claim) => claim.questionId);
  const items = questions.map((question) => {
    const own = (byQuestion.get(question.id) ?? []).map((claim) => ({
      ...claim,
      value: claim.value as never,
    }));
    return {
      ...question,
      verdict: questionVerdict(question.kind, own),
      claimCount: own.length,
      sourceCount: new Set(own.map((claim) => claim.source.id)).size,
    };
  });
  return items
    .filter((item) => !filter.verdict || item.verdict.status === filter.verdict)
    .sort(byDivergence);
}

/** The comparison of one question, or null. Three queries however many claims it has. */
export async function getQuestionComparison(id: string): Promise<QuestionComparison | null> {
  const question = await getQuestionHeader(id);
  if (!question) return null;
  const rows = await db.claim.findMany({
    where: { questionId: id },
    select: claimRecordSelect,
    orderBy: { createdAt: "asc" },
  });
  const sourceIds = [...new Set(rows.map((row) => row.source.id))];
  const texts = await db.source.findMany({
    where: { id: { in: sourceIds } },
    select: { id: true, text: true },
  });
  return buildComparison(
    question,
    rows.map(toClaimRecord),
    new Map(texts.map((s) => [s.id, s.text])),
  );
}

/** Every question in a short form, for pickers. */
export async function listQuestionOptions(): Promise<QuestionHeader[]> {
  return db.question.findMany({
    select: questionHeaderSelect,
    orderBy: [{ subject: { name: "asc" } }, { measure: "asc" }, { scope: "asc" }],
  });
}

/**
 * Deletes a question that no claim answers (claims are never deleted along with their question;
 * they must be moved or deleted first). Its subject goes too when nothing else is about it.
 */
export async function deleteEmptyQuestion(
  id: string,
): Promise<"deleted" | "not_found" | "has_claims"> {
  if (!isRecordId(id)) return "not_found";
  return db.$transaction(async (tx) => {
    const question = await tx.question.findUnique({
      where: { id },
      select: { subjectId: true, _count: { select: { claims: true } } },
    });
    if (!question) return "not_found";
    if (question._count.claims > 0) return "has_claims";
    await tx.question.delete({ where: { id } });
    await tx.subject.deleteMany({ where: { id: question.subjectId, questions: { none: {} } } });
    return "deleted";
  });
}
