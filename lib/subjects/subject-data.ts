import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { nameKey } from "@/lib/naming/name-key";

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
