import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Prisma } from "@/generated/prisma/client";
import { claimRecordSelect, toClaimRecord } from "@/lib/claims/claim-record";
import { nameKey } from "@/lib/naming/name-key";
import { questionHeaderSelect } from "@/lib/questions/question-select";
import { buildMatrix, type SubjectMatrix } from "./build-matrix";

export interface SubjectSummary {
  id: string;
  name: string;
  description: string | null;
  questionCount: number;
}

/** The subject with this name, created on first mention. */
export async function upsertSubject(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const subject = await tx.subject.upsert({
    where: { nameKey: nameKey(name) },
    create: { name: name.trim(), nameKey: nameKey(name) },
    update: {},
    select: { id: true },
  });
  return subject.id;
}

/** All subjects, by name. */
export async function listSubjects(): Promise<SubjectSummary[]> {
  const rows = await db.subject.findMany({
    select: { id: true, name: true, description: true, _count: { select: { questions: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, questionCount: _count.questions }));
}

/** A subject's matrix of questions × sources, or null. Three queries however many claims. */
export async function getSubjectMatrix(id: string): Promise<SubjectMatrix | null> {
  if (!isRecordId(id)) return null;
  const subject = await db.subject.findUnique({
    where: { id },
    select: { id: true, name: true, description: true },
  });
  if (!subject) return null;
  const [questions, rows] = await Promise.all([
    db.question.findMany({
      where: { subjectId: id },
      select: questionHeaderSelect,
      orderBy: [{ measure: "asc" }, { scope: "asc" }],
    }),
    db.claim.findMany({
      where: { question: { subjectId: id } },
      select: { ...claimRecordSelect, passages: false },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const claims = rows.map((row) => toClaimRecord({ ...row, passages: [] }));
  return buildMatrix(subject, questions, claims);
}
