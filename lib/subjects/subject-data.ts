import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { reader } from "@/lib/db/read-client";
import { isRecordId } from "@/lib/db/record-id";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import { claimRecordSelect, toClaimRecord } from "@/lib/claims/claim-record";
import type { QuestionHeader } from "@/lib/questions/comparison-types";
import { decodeCursor, encodeCursor } from "@/lib/questions/question-list-cursor";
import { searchWords } from "@/lib/search/search-query";
import { holdsEveryWord } from "@/lib/search/search-sql";
import { buildMatrix, type SubjectMatrix } from "./build-matrix";
import { MATRIX_PAGE, MAX_MATRIX_PAGE, MAX_SUBJECT_PAGE } from "./subject-schema";

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

/** A page of a subject's matrix, with where it stands among the subject's questions. */
export interface SubjectMatrixPage extends SubjectMatrix {
  /** The subject's live questions, on every page. */
  questionCount: number;
  /** How many of them come before this page's first row. */
  questionsBefore: number;
  /** Pass as `after` for the next page; null on the last one. */
  nextCursor: string | null;
}

/**
 * A page of a subject's matrix of questions × sources (the sources that claim anything about
 * this page's questions), A to Z by measure and scope as the question list's label order, so
 * that a question recorded meanwhile never moves one already met; null when there is no such
 * subject. Four statements however many questions the subject has: the subject, the page's
 * questions from the cursor on ("Question_live_subject_label_idx"), their number and place, and
 * the page's claims.
 */
export async function getSubjectMatrix(
  id: string,
  { after, limit = MATRIX_PAGE }: { after?: string; limit?: number } = {},
): Promise<SubjectMatrixPage | null> {
  if (!isRecordId(id)) return null;
  const take = Math.min(Math.max(1, limit), MAX_MATRIX_PAGE);
  const decoded = after ? decodeCursor(after) : null;
  const cursor = decoded?.order === "label" ? decoded : null;
  const client = reader();
  const subject = await client.subject.findUnique({
    where: { id },
    select: { id: true, name: true, description: true },
  });
  if (!subject) return null;
  const place = cursor ? Prisma.sql`(${cursor.label}, ${cursor.id})` : null;
  const from = place ? Prisma.sql`AND (q."sortLabel", q.id) > ${place}` : Prisma.empty;
  const upTo = place ? Prisma.sql`(q."sortLabel", q.id) <= ${place}` : Prisma.sql`false`;
  const [found, [counted]] = await Promise.all([
    client.$queryRaw<(Omit<QuestionHeader, "subject"> & { sortLabel: string })[]>`
      SELECT q.id, q.measure, q.kind::text AS kind, q.unit, q.scope, q."sortLabel"
      FROM "Question" q
      WHERE q."subjectId" = ${id} AND q."deletedAt" IS NULL ${from}
      ORDER BY q."sortLabel", q.id
      LIMIT ${take + 1}`,
    client.$queryRaw<{ total: number; before: number }[]>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE ${upTo})::int AS before
      FROM "Question" q WHERE q."subjectId" = ${id} AND q."deletedAt" IS NULL`,
  ]);
  const questions = found.slice(0, take).map(({ sortLabel: _label, ...question }) => ({
    ...question,
    subject: { id: subject.id, name: subject.name },
  }));
  const rows = await client.claim.findMany({
    where: { questionId: { in: questions.map((question) => question.id) }, deletedAt: null },
    select: { ...claimRecordSelect, passages: false },
    orderBy: { createdAt: "asc" },
  });
  const claims = rows.map((row) => toClaimRecord({ ...row, passages: [] }));
  const last = found[take - 1];
  return {
    ...buildMatrix(subject, questions, claims),
    questionCount: counted?.total ?? 0,
    questionsBefore: counted?.before ?? 0,
    nextCursor:
      found.length > take && last
        ? encodeCursor({ order: "label", label: last.sortLabel, id: last.id })
        : null,
  };
}
