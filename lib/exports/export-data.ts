import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CitedClaim } from "@/lib/citations/citation-types";
import { readStoredValue, unreadableValue } from "@/lib/claims/stored-value";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { questionVerdict } from "@/lib/questions/question-verdict";
import { formatPublicationIso, fromStored } from "@/lib/sources/publication-date";
import { accessedDay } from "@/lib/sources/source-data";
import {
  toCitedClaim,
  type AppUrls,
  type ExportClaimRow,
  type ExportQuestion,
} from "./cited-claim";
import type { ExportScope } from "./export-request";
import { LayoutCache } from "./text-layout-data";

/** An export's scope checked against the database: the questions it touches and its claims. */
export type ResolvedExport =
  | { ok: true; scope: ExportScope; questions: QuestionRef[]; where: Prisma.ClaimWhereInput }
  | { ok: false; kind: ExportScope["kind"]; id: string };

interface QuestionRef {
  id: string;
  claimCount: number;
}

// Claims read per query while an export streams; and the most live claims (by the stored
// count) whose questions are read together, so a corpus of small questions costs few queries.
const PAGE = 500;
const CHUNK_CLAIMS = 2000;

const LIVE: Prisma.ClaimWhereInput = {
  deletedAt: null,
  question: { deletedAt: null },
  source: { deletedAt: null },
};

/** Checks that every id of the scope names a live record; the first that does not is returned. */
export async function resolveExport(scope: ExportScope): Promise<ResolvedExport> {
  const missing = scope.ids.find((id) => !isRecordId(id));
  if (missing !== undefined) return { ok: false, kind: scope.kind, id: missing };
  const { ids } = scope;
  const filter: Record<ExportScope["kind"], Prisma.ClaimWhereInput> = {
    claim: { id: { in: ids } },
    question: { questionId: { in: ids } },
    subject: { question: { subjectId: { in: ids }, deletedAt: null } },
    source: { sourceId: { in: ids } },
  };
  const found = await foundIds(scope);
  const absent = ids.find((id) => !found.has(id));
  if (absent !== undefined) return { ok: false, kind: scope.kind, id: absent };
  const where: Prisma.ClaimWhereInput = { AND: [LIVE, filter[scope.kind]] };
  const questionWhere: Prisma.QuestionWhereInput =
    scope.kind === "question"
      ? { id: { in: ids }, deletedAt: null }
      : scope.kind === "subject"
        ? { subjectId: { in: ids }, deletedAt: null }
        : { deletedAt: null, claims: { some: where } };
  const questions = await db.question.findMany({
    where: questionWhere,
    select: { id: true, claimCount: true },
    orderBy: [{ sortLabel: "asc" }, { id: "asc" }],
  });
  return { ok: true, scope, questions, where };
}

/**
 * The claims of a resolved export as citations, question by question (in the order of their
 * labels), each question's claims in the order they were recorded. Reads a few questions or one
 * page of claims at a time, so any number of claims streams in bounded memory; each claim's
 * paragraph is counted in its source's text as the reader splits it.
 */
export async function* exportClaims(
  resolved: Extract<ResolvedExport, { ok: true }>,
  urls: AppUrls,
): AsyncGenerator<CitedClaim> {
  const layouts = new LayoutCache();
  for (const chunk of chunks(resolved.questions)) {
    const questions = await loadQuestions(chunk.map((question) => question.id));
    const pages =
      chunk.length === 1 && chunk[0]
        ? pagesOf({ AND: [resolved.where, { questionId: chunk[0].id }] })
        : wholeChunk(resolved.where, chunk);
    for await (const rows of pages) {
      await layouts.load(rows.map((row) => row.source.id));
      for (const row of rows) {
        const question = questions.get(row.questionId);
        if (question) yield toCitedClaim(toExportRow(row, layouts), question, urls);
      }
    }
  }
}

const claimSelect = {
  id: true,
  questionId: true,
  createdAt: true,
  stated: true,
  value: true,
  method: true,
  status: true,
  asOf: true,
  origin: { select: { name: true } },
  source: {
    select: {
      id: true,
      title: true,
      authors: true,
      publisher: true,
      url: true,
      archiveUrl: true,
      publishedOn: true,
      publishedPrecision: true,
      accessed: true,
      createdAt: true,
      kind: true,
      language: true,
    },
  },
  passages: {
    select: {
      id: true,
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
      page: true,
    },
    orderBy: { start: "asc" },
    take: 1,
  },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

async function foundIds({ kind, ids }: ExportScope): Promise<Set<string>> {
  const where = { id: { in: ids } };
  const select = { id: true } as const;
  const rows =
    kind === "claim"
      ? await db.claim.findMany({ where: { AND: [LIVE, where] }, select })
      : kind === "question"
        ? await db.question.findMany({ where: { ...where, deletedAt: null }, select })
        : kind === "subject"
          ? await db.subject.findMany({ where, select })
          : await db.source.findMany({ where: { ...where, deletedAt: null }, select });
  return new Set(rows.map((row) => row.id));
}

// Runs of questions whose live claims add up to at most CHUNK_CLAIMS; a bigger question alone.
function* chunks(questions: readonly QuestionRef[]): Generator<QuestionRef[]> {
  let chunk: QuestionRef[] = [];
  let claims = 0;
  for (const question of questions) {
    if (chunk.length && claims + question.claimCount > CHUNK_CLAIMS) {
      yield chunk;
      chunk = [];
      claims = 0;
    }
    chunk.push(question);
    claims += question.claimCount;
  }
  if (chunk.length) yield chunk;
}

// A chunk's claims in one query, put in the chunk's order of questions.
async function* wholeChunk(where: Prisma.ClaimWhereInput, chunk: readonly QuestionRef[]) {
  const rows = await db.claim.findMany({
    where: { AND: [where, { questionId: { in: chunk.map((question) => question.id) } }] },
    select: claimSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const order = new Map(chunk.map((question, index) => [question.id, index]));
  yield rows.sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0));
}

// One question's claims a page at a time, by keyset (createdAt, id): no offset to skip over.
async function* pagesOf(where: Prisma.ClaimWhereInput): AsyncGenerator<ClaimRow[]> {
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.ClaimWhereInput = after
      ? {
          OR: [
            { createdAt: { gt: after.createdAt } },
            { createdAt: after.createdAt, id: { gt: after.id } },
          ],
        }
      : {};
    const rows: ClaimRow[] = await db.claim.findMany({
      where: { AND: [where, keyset] },
      select: claimSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PAGE,
    });
    if (rows.length) yield rows;
    const last = rows.at(-1);
    if (rows.length < PAGE || !last) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

// The questions of a chunk with their verdicts, computed from every live claim of each (not
// only those exported), exactly as the comparison page computes them.
async function loadQuestions(ids: string[]): Promise<Map<string, ExportQuestion>> {
  const [headers, claims] = await Promise.all([
    db.question.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        measure: true,
        kind: true,
        unit: true,
        scope: true,
        subject: { select: { name: true } },
      },
    }),
    db.claim.findMany({
      where: { questionId: { in: ids }, deletedAt: null },
      select: {
        id: true,
        questionId: true,
        stated: true,
        value: true,
        status: true,
        method: true,
        origin: { select: { id: true, name: true } },
        source: { select: { id: true, title: true } },
      },
    }),
  ]);
  const result = new Map<string, ExportQuestion>();
  for (const header of headers) {
    const verdict = questionVerdict(
      header.kind,
      claims
        .filter((claim) => claim.questionId === header.id)
        .map((claim) => {
          const value = readStoredValue(claim.value);
          return {
            ...claim,
            value: value ?? unreadableValue("quantity", claim.stated),
            unreadable: value === null,
          };
        }),
    );
    const clusters = new Map<string, number[]>();
    for (const cluster of verdict.clusters)
      for (const id of cluster.claimIds)
        clusters.set(id, [...(clusters.get(id) ?? []), cluster.index]);
    result.set(header.id, {
      question: {
        id: header.id,
        subject: header.subject.name,
        measure: header.measure,
        scope: header.scope,
        kind: header.kind,
        unit: header.unit,
      },
      verdict: { status: verdict.status, summary: verdict.summary },
      clusters,
    });
  }
  return result;
}

function toExportRow(row: ClaimRow, layouts: LayoutCache): ExportClaimRow {
  const { source } = row;
  const value = readStoredValue(row.value) ?? unreadableValue("quantity", row.stated);
  // A claim is always recorded with a passage; should one have lost it, its stated words stand in.
  const passage = row.passages[0] ?? {
    id: "",
    start: 0,
    end: 0,
    exact: row.stated,
    prefix: "",
    suffix: "",
    page: null,
  };
  return {
    id: row.id,
    stated: row.stated,
    value,
    origin: row.origin?.name ?? null,
    method: row.method,
    asOf: row.asOf,
    status: row.status,
    source: {
      id: source.id,
      title: source.title,
      authors: source.authors,
      publisher: source.publisher,
      url: source.url,
      archiveUrl: source.archiveUrl,
      published:
        source.publishedOn && source.publishedPrecision
          ? formatPublicationIso(fromStored(source.publishedOn, source.publishedPrecision))
          : null,
      accessed: accessedDay(source.accessed, source.createdAt),
      kind: source.kind,
      language: source.language,
    },
    passage,
    location: layouts.locate(source.id, passage.start, passage.end),
  };
}
