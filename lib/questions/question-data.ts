import "server-only";
import { reader } from "@/lib/db/read-client";
import { isRecordId } from "@/lib/db/record-id";
import { Prisma } from "@/generated/prisma/client";
import { searchWords } from "@/lib/search/search-query";
import { holdsEveryWord } from "@/lib/search/search-sql";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import { buildComparison, inWholeTexts, viewPassageInExcerpt } from "./build-comparison";
import { readComparisonRows, readSourceTexts } from "./comparison-data";
import type { PassageView, QuestionComparison, QuestionHeader } from "./comparison-types";
import {
  decodeCursor,
  encodeCursor,
  type QuestionCursor,
  type QuestionOrder,
} from "./question-list-cursor";
import { nameKey } from "@/lib/naming/name-key";
import { questionHeaderSelect } from "./question-select";

/** A question as lists show it: its stored verdict, never one computed for the list. */
export interface QuestionListItem extends QuestionHeader {
  verdict: {
    status: VerdictStatus;
    summary: string;
    /** How many times apart diverging claims are; 0 when they do not diverge. */
    divergence: number;
    clusters: number;
    independentOrigins: number;
    computedAt: Date;
  };
  claimCount: number;
  sourceCount: number;
}

export interface QuestionFilter {
  subjectId?: string;
  verdict?: VerdictStatus;
  /** Most divergent first (the default), or by label: the order to walk the whole list in. */
  order?: QuestionOrder;
  /** A token from a previous page's nextCursor. */
  cursor?: string;
  limit?: number;
}

export interface QuestionPage {
  items: QuestionListItem[];
  total: number;
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

/** The most questions one page of a list returns. */
export const MAX_QUESTION_PAGE = 100;

const listSelect = {
  ...questionHeaderSelect,
  sortLabel: true,
  verdictStatus: true,
  verdictRank: true,
  divergence: true,
  verdictSummary: true,
  clusterCount: true,
  claimCount: true,
  sourceCount: true,
  originCount: true,
  verdictAt: true,
} satisfies Prisma.QuestionSelect;

/**
 * Live questions, most divergent first (or by label), a page at a time: two small queries (the page from the
 * index, and the total from the tallies or from a subject's index) whatever the number of
 * claims, since each question stores its verdict.
 */
export async function listQuestions(filter: QuestionFilter = {}): Promise<QuestionPage> {
  if (filter.subjectId !== undefined && !isRecordId(filter.subjectId))
    return { items: [], total: 0, nextCursor: null };
  const limit = Math.min(Math.max(1, filter.limit ?? 50), MAX_QUESTION_PAGE);
  const where: Prisma.QuestionWhereInput = {
    deletedAt: null,
    ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
    ...(filter.verdict ? { verdictStatus: filter.verdict } : {}),
  };
  const order = filter.order ?? "divergent";
  const decoded = filter.cursor ? decodeCursor(filter.cursor) : null;
  // A cursor of the other order is no place in this one: the schema refuses it, and here too.
  const after = decoded?.order === order ? decoded : null;
  const client = reader();
  // Without a subject, the total is read from the tallies (a few rows, whatever the archive's
  // size); a subject's questions are few and counted from its index.
  const count = filter.subjectId
    ? client.question.count({ where })
    : readTallies(client).then((tallies) =>
        filter.verdict ? tallies[filter.verdict] : sumOf(tallies),
      );
  const [rows, total] = await Promise.all([
    client.question.findMany({
      where: after ? { AND: [where, afterCursor(after)] } : where,
      select: listSelect,
      orderBy: ORDER_BY[order],
      take: limit + 1,
    }),
    count,
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toListItem),
    total,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor(
            order === "label"
              ? { order, label: last.sortLabel, id: last.id }
              : {
                  order,
                  rank: last.verdictRank,
                  divergence: last.divergence,
                  label: last.sortLabel,
                  id: last.id,
                },
          )
        : null,
  };
}

/** How many live questions have each verdict (for the home page's links). */
export async function countQuestionsByVerdict(): Promise<Record<VerdictStatus, number>> {
  return readTallies(reader());
}

// The totals kept by the trigger of migration 20261201082616_question_tally: one row per slot.
async function readTallies(
  client: ReturnType<typeof reader>,
): Promise<Record<VerdictStatus, number>> {
  const sums = await client.questionTally.aggregate({
    _sum: { diverge: true, agree: true, single: true, none: true },
  });
  const { diverge, agree, single, none } = sums._sum;
  return { diverge: diverge ?? 0, agree: agree ?? 0, single: single ?? 0, none: none ?? 0 };
}

function sumOf(tallies: Record<VerdictStatus, number>): number {
  return tallies.diverge + tallies.agree + tallies.single + tallies.none;
}

/** One live question's header, or null. */
export async function getQuestionHeader(id: string): Promise<QuestionHeader | null> {
  if (!isRecordId(id)) return null;
  return reader().question.findFirst({
    where: { id, deletedAt: null },
    select: questionHeaderSelect,
  });
}

/** A comparison as getQuestionComparison gives it. */
export type LoadedComparison = QuestionComparison & { question: { version: number } };

/**
 * The comparison of one live question, or null: its live claims with passages in context and
 * the verdict in full, from one statement (see comparison-data.ts).
 */
export async function getQuestionComparison(id: string): Promise<LoadedComparison | null> {
  return (await readQuestionComparison(id))?.comparison ?? null;
}

/**
 * The comparison of one live question with the fingerprint of what it was built from (see
 * fingerprint-sql.ts), or null.
 */
export async function readQuestionComparison(
  id: string,
): Promise<{ comparison: LoadedComparison; fingerprint: string | null } | null> {
  if (!isRecordId(id)) return null;
  // The version too: the API returns it (and its ETag) for the writes that follow.
  const client = reader();
  const rows = await readComparisonRows(client, id);
  if (!rows) return null;
  const { question, records, excerpts, fingerprint } = rows;
  // Each passage from the text around it; a source's whole text only for a passage the excerpt
  // cannot show as the whole text would (the text changed under it, or a long run of blanks
  // before it). That read is a later snapshot on the same server, which matters little: such a
  // passage is found again by its quote and context whatever the text then says, and a text
  // changed since then changed the fingerprint too.
  const seen = new Map<string, PassageView>();
  const unseen = new Set<string>();
  for (const record of records)
    for (const passage of record.passages) {
      const excerpt = excerpts.get(passage.id);
      const view = excerpt && viewPassageInExcerpt(passage, record.stated, excerpt, "context");
      if (view) seen.set(passage.id, view);
      else unseen.add(passage.sourceId);
    }
  const inWhole = inWholeTexts(await readSourceTexts(client, [...unseen]));
  const comparison = buildComparison(
    question,
    records,
    (passage, stated) => seen.get(passage.id) ?? inWhole(passage, stated),
  );
  return { comparison: { ...comparison, question }, fingerprint };
}

/**
 * Live questions whose "subject — measure (scope)" contains the words typed (accents and case
 * aside), for pickers that search as the editor types; the first ones (up to `limit`) when
 * nothing is typed. Each word is a LIKE over the folded label, served by its trigram index.
 */
export async function searchQuestionOptions(query = "", limit = 20): Promise<QuestionHeader[]> {
  const words = searchWords(query).slice(0, 8);
  const take = Math.min(Math.max(1, limit), MAX_QUESTION_PAGE);
  const rows = await reader().$queryRaw<(Omit<QuestionHeader, "subject"> & SubjectColumns)[]>`
    SELECT q.id, q.measure, q.kind::text AS kind, q.unit, q.scope,
      s.id AS "subjectId", s.name AS "subjectName"
    FROM "Question" q JOIN "Subject" s ON s.id = q."subjectId"
    WHERE q."deletedAt" IS NULL ${words.length ? Prisma.sql`AND ${holdsEveryWord(Prisma.sql`q."sortLabel"`, words)}` : Prisma.empty}
    ORDER BY q."sortLabel", q.id
    LIMIT ${take}`;
  return rows.map(({ subjectId, subjectName, ...question }) => ({
    ...question,
    subject: { id: subjectId, name: subjectName },
  }));
}

type SubjectColumns = { subjectId: string; subjectName: string };

/**
 * The two orders. "divergent" reads the stored verdict, which claims written meanwhile can change:
 * a question whose verdict changes during a walk moves, and may be met twice or not at all.
 * "label" depends on nothing a claim changes: a walk in it meets every question that stays
 * throughout exactly once. Indexes: "Question_verdictRank_divergence_sortLabel_id_idx" and its
 * subject twin; "Question_live_label_idx" and migration 20261202173000's subject and verdict ones.
 */
const ORDER_BY: Record<QuestionOrder, Prisma.QuestionOrderByWithRelationInput[]> = {
  divergent: [{ verdictRank: "asc" }, { divergence: "desc" }, { sortLabel: "asc" }, { id: "asc" }],
  label: [{ sortLabel: "asc" }, { id: "asc" }],
};

function afterCursor(cursor: QuestionCursor) {
  if (cursor.order === "label") {
    const { label, id } = cursor;
    // The plain bound is what the index starts its scan at; the OR drops the label's rows up
    // to the cursor's id.
    return {
      AND: [
        { sortLabel: { gte: label } },
        { OR: [{ sortLabel: { gt: label } }, { sortLabel: label, id: { gt: id } }] },
      ],
    } satisfies Prisma.QuestionWhereInput;
  }
  const { rank, divergence, label, id } = cursor;
  return {
    OR: [
      { verdictRank: { gt: rank } },
      { verdictRank: rank, divergence: { lt: divergence } },
      { verdictRank: rank, divergence, sortLabel: { gt: label } },
      { verdictRank: rank, divergence, sortLabel: label, id: { gt: id } },
    ],
  } satisfies Prisma.QuestionWhereInput;
}

type ListRow = Prisma.QuestionGetPayload<{ select: typeof listSelect }>;

function toListItem(row: ListRow): QuestionListItem {
  return {
    id: row.id,
    measure: row.measure,
    kind: row.kind,
    unit: row.unit,
    scope: row.scope,
    subject: row.subject,
    verdict: {
      status: row.verdictStatus,
      summary: row.verdictSummary,
      divergence: row.divergence,
      clusters: row.clusterCount,
      independentOrigins: row.originCount,
      computedAt: row.verdictAt,
    },
    claimCount: row.claimCount,
    sourceCount: row.sourceCount,
  };
}

/** Live questions with this question's subject and measure but another scope. */
export async function listOtherScopes(
  question: QuestionHeader,
): Promise<(QuestionHeader & { claimCount: number })[]> {
  const prefix = `${question.subject.id}|${nameKey(question.measure)}|`;
  return reader().question.findMany({
    where: { deletedAt: null, key: { startsWith: prefix }, id: { not: question.id } },
    select: { ...questionHeaderSelect, claimCount: true },
    orderBy: { scope: "asc" },
    take: MAX_QUESTION_PAGE,
  });
}

/** One live question's header with its version (for its history and edit pages), or null. */
export async function getQuestionVersion(
  id: string,
): Promise<(QuestionHeader & { version: number }) | null> {
  if (!isRecordId(id)) return null;
  return reader().question.findFirst({
    where: { id, deletedAt: null },
    select: { ...questionHeaderSelect, version: true },
  });
}
