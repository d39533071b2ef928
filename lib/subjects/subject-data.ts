import "server-only";
import { reader } from "@/lib/db/read-client";
import { isRecordId } from "@/lib/db/record-id";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import { claimRecordSelect, toClaimRecord } from "@/lib/claims/claim-record";
import { questionHeaderSelect } from "@/lib/questions/question-select";
import { buildMatrix, type SubjectMatrix } from "./build-matrix";

export interface SubjectSummary {
  id: string;
  name: string;
  description: string | null;
  questionCount: number;
  /** Live questions by verdict, counted in SQL from the stored verdicts. */
  verdicts: Record<VerdictStatus, number>;
}

/** Subjects that live questions are about, by name, with how many questions have each verdict. */
export async function listSubjects(): Promise<SubjectSummary[]> {
  const client = reader();
  const [rows, counts] = await Promise.all([
    client.subject.findMany({
      where: { questions: { some: { deletedAt: null } } },
      select: { id: true, name: true, description: true },
      orderBy: { name: "asc" },
    }),
    client.question.groupBy({
      by: ["subjectId", "verdictStatus"],
      where: { deletedAt: null },
      _count: { _all: true },
    }),
  ]);
  const verdicts = new Map<string, Record<VerdictStatus, number>>();
  for (const count of counts) {
    const own = verdicts.get(count.subjectId) ?? { diverge: 0, agree: 0, single: 0, none: 0 };
    own[count.verdictStatus] = count._count._all;
    verdicts.set(count.subjectId, own);
  }
  return rows.map((row) => {
    const own = verdicts.get(row.id) ?? { diverge: 0, agree: 0, single: 0, none: 0 };
    const questionCount = Object.values(own).reduce((sum, n) => sum + n, 0);
    return { ...row, questionCount, verdicts: own };
  });
}

/** A subject's matrix of questions × sources, or null. Three queries however many claims. */
export async function getSubjectMatrix(id: string): Promise<SubjectMatrix | null> {
  if (!isRecordId(id)) return null;
  const client = reader();
  const subject = await client.subject.findUnique({
    where: { id },
    select: { id: true, name: true, description: true },
  });
  if (!subject) return null;
  const [questions, rows] = await Promise.all([
    client.question.findMany({
      where: { subjectId: id, deletedAt: null },
      select: questionHeaderSelect,
      orderBy: [{ measure: "asc" }, { scope: "asc" }],
    }),
    client.claim.findMany({
      where: { question: { subjectId: id, deletedAt: null }, deletedAt: null },
      select: { ...claimRecordSelect, passages: false },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const claims = rows.map((row) => toClaimRecord({ ...row, passages: [] }));
  return buildMatrix(subject, questions, claims);
}
