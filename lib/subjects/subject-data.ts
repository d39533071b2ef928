import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { reader } from "@/lib/db/read-client";
import { isRecordId } from "@/lib/db/record-id";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import { claimRecordSelect, toClaimRecord } from "@/lib/claims/claim-record";
import { questionHeaderSelect } from "@/lib/questions/question-select";
import { searchWords } from "@/lib/search/search-query";
import { holdsEveryWord } from "@/lib/search/search-sql";
import { buildMatrix, type SubjectMatrix } from "./build-matrix";
import { MAX_SUBJECT_PAGE } from "./subject-schema";

export interface SubjectSummary {
  id: string;
  name: string;
  description: string | null;
  questionCount: number;
  /** Live questions by verdict, counted in SQL from the stored verdicts. */
  verdicts: Record<VerdictStatus, number>;
}

export interface SubjectPage {
  items: SubjectSummary[];
  /** Pass as `after` for the next page; null on the last one. */
  nextCursor: string | null;
}

/**
 * Subjects that live questions are about (with `q`, those whose names hold its words),
 * alphabetically (by their name key, which the unique index on "nameKey" keeps in order), a page
 * at a time, with how many of their questions have each verdict — counted in SQL for this page's
 * subjects only.
 */
export async function listSubjects({
  q,
  after,
  limit = MAX_SUBJECT_PAGE,
}: { q?: string; after?: string; limit?: number } = {}): Promise<SubjectPage> {
  const take = Math.min(Math.max(1, limit), MAX_SUBJECT_PAGE);
  const client = reader();
  const words = searchWords(q ?? "").slice(0, 8);
  const found = words.length
    ? await subjectsNamed(words, after, take + 1)
    : await client.subject.findMany({
        where: {
          questions: { some: { deletedAt: null } },
          ...(after ? { nameKey: { gt: after } } : {}),
        },
        select: { id: true, name: true, description: true, nameKey: true },
        orderBy: { nameKey: "asc" },
        take: take + 1,
      });
  const rows = found.slice(0, take);
  const counts = await client.question.groupBy({
    by: ["subjectId", "verdictStatus"],
    where: { deletedAt: null, subjectId: { in: rows.map((row) => row.id) } },
    _count: { _all: true },
  });
  const verdicts = new Map<string, Record<VerdictStatus, number>>();
  for (const count of counts) {
    const own = verdicts.get(count.subjectId) ?? { diverge: 0, agree: 0, single: 0, none: 0 };
    own[count.verdictStatus] = count._count._all;
    verdicts.set(count.subjectId, own);
  }
  const items = rows.map(({ nameKey: _key, ...row }) => {
    const own = verdicts.get(row.id) ?? { diverge: 0, agree: 0, single: 0, none: 0 };
    const questionCount = Object.values(own).reduce((sum, n) => sum + n, 0);
    return { ...row, questionCount, verdicts: own };
  });
  return { items, nextCursor: found.length > take ? (rows.at(-1)?.nameKey ?? null) : null };
}

// Subjects of live questions whose names hold every word (accents, case and typing marks
// aside, as origins and the question picker match), in the list's order. Served by
// "Subject_name_trgm_idx".
function subjectsNamed(words: readonly string[], after: string | undefined, take: number) {
  return reader().$queryRaw<
    { id: string; name: string; description: string | null; nameKey: string }[]
  >`
    SELECT s.id, s.name, s.description, s."nameKey" FROM "Subject" s
    WHERE ${holdsEveryWord(Prisma.sql`s.name`, words)}
      ${after ? Prisma.sql`AND s."nameKey" > ${after}` : Prisma.empty}
      AND EXISTS (SELECT FROM "Question" q WHERE q."subjectId" = s.id AND q."deletedAt" IS NULL)
    ORDER BY s."nameKey"
    LIMIT ${take}`;
}

/** One subject's name (for a filter naming a subject not on the first page), or null. */
export async function getSubjectName(id: string): Promise<{ id: string; name: string } | null> {
  if (!isRecordId(id)) return null;
  return reader().subject.findUnique({ where: { id }, select: { id: true, name: true } });
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
