import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { reader } from "@/lib/db/read-client";
import { formatPublicationIso, fromStored } from "@/lib/sources/publication-date";
import type { SourceKind } from "@/lib/sources/source-kinds";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import type { PublicationPrecision } from "@/lib/sources/publication-date";
import { decodeSearchCursor, encodeSearchCursor } from "./search-cursor";
import type {
  ClaimHit,
  OriginHit,
  PassageHit,
  QuestionHit,
  SearchGroup,
  SearchHitBase,
  SearchResults,
  SourceHit,
  SubjectHit,
} from "./search-hits";
import { kindPasses, type SearchFilters } from "./search-filters";
import {
  claimsSql,
  originsSql,
  passagesSql,
  questionsSql,
  sourcesSql,
  subjectsSql,
} from "./search-kinds";
import { parseSearchQuery, type SearchQuery } from "./search-query";
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  SEARCH_KINDS,
  type SearchKind,
  type SearchParams,
} from "./search-schema";
import { typoThreshold } from "./search-sql";
import { shapeSnippet, type RawSnippet } from "./snippet";

type Row = Record<string, unknown> & { id: string; score: number; snippet: RawSnippet };
type OriginClaimRow = { id: string; stated: string; questionId: string; questionLabel: string };

/**
 * Finds the words of `params.q` in sources, passages, claims, questions, subjects and origins
 * (or in one kind), narrowed by its filters, each kind best match first, a page at a time; a kind
 * the filters cannot apply to (subjects, by language or date) is left out of the results. One
 * transaction, on a replica for anonymous readers: the typo threshold, then one indexed query per
 * kind.
 */
export async function search(params: SearchParams): Promise<SearchResults> {
  const query = parseSearchQuery(params.q);
  if (!query) return { query: null };
  const { subject, language, from, to } = params;
  const filters: SearchFilters = { subject, language, from, to };
  const kinds = (params.kind ? [params.kind] : SEARCH_KINDS).filter((kind) =>
    kindPasses(kind, filters),
  );
  const limit = Math.min(params.limit ?? DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT);
  const cursor = params.cursor ? (decodeSearchCursor(params.cursor) ?? undefined) : undefined;
  // A replica for anonymous readers (reader()): a search may lag the primary by a moment.
  const client = reader();
  const [, ...pages] = await client.$transaction([
    client.$queryRaw(typoThreshold()),
    ...kinds.map((kind) => client.$queryRaw<Row[]>(SQL_OF[kind](query, cursor, limit, filters))),
  ]);
  const results: SearchResults = { query: query.fuzzy };
  kinds.forEach((kind, i) => {
    const rows = (pages[i] ?? []) as Row[];
    assign(results, kind, toGroup(rows, limit, MAPPERS[kind]));
  });
  return results;
}

const SQL_OF: Record<
  SearchKind,
  (
    q: SearchQuery,
    c: { score: number; id: string } | undefined,
    l: number,
    f: SearchFilters,
  ) => Prisma.Sql
> = {
  sources: sourcesSql,
  passages: passagesSql,
  claims: claimsSql,
  questions: questionsSql,
  subjects: subjectsSql,
  origins: originsSql,
};

const MAPPERS: Record<SearchKind, (row: Row) => SearchHitBase> = {
  sources: (row: Row): SourceHit => ({
    ...base(row),
    title: shapeSnippet(row.title as RawSnippet),
    publisher: row.publisher as string | null,
    published:
      row.publishedOn instanceof Date && row.publishedPrecision
        ? formatPublicationIso(
            fromStored(row.publishedOn, row.publishedPrecision as PublicationPrecision),
          )
        : null,
    kind: row.kind as SourceKind,
    language: row.language as string | null,
  }),
  passages: (row: Row): PassageHit => ({
    ...base(row),
    claimId: row.claimId as string,
    stated: row.stated as string,
    source: { id: row.sourceId as string, title: row.sourceTitle as string },
    question: { id: row.questionId as string, label: row.questionLabel as string },
  }),
  claims: (row: Row): ClaimHit => ({
    ...base(row),
    stated: row.stated as string,
    source: { id: row.sourceId as string, title: row.sourceTitle as string },
    question: { id: row.questionId as string, label: row.questionLabel as string },
    origin: (row.originName as string | null) ?? null,
  }),
  questions: (row: Row): QuestionHit => ({
    ...base(row),
    subject: { id: row.subjectId as string, name: row.subjectName as string },
    verdict: row.verdict as VerdictStatus,
    claimCount: Number(row.claimCount),
  }),
  subjects: (row: Row): SubjectHit => ({ ...base(row), questionCount: Number(row.questionCount) }),
  origins: (row: Row): OriginHit => ({
    ...base(row),
    claimCount: Number(row.claimCount),
    claims: (row.claims as OriginClaimRow[]).map((claim) => ({
      id: claim.id,
      stated: claim.stated,
      question: { id: claim.questionId, label: claim.questionLabel },
    })),
  }),
};

function base(row: Row): SearchHitBase {
  return { id: row.id, score: Number(row.score), snippet: shapeSnippet(row.snippet) };
}

function toGroup<T extends SearchHitBase>(
  rows: Row[],
  limit: number,
  map: (row: Row) => T,
): SearchGroup<T> {
  const items = rows.slice(0, limit).map(map);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last ? encodeSearchCursor({ score: last.score, id: last.id }) : null,
  };
}

function assign(results: SearchResults, kind: SearchKind, group: SearchGroup<SearchHitBase>) {
  // The mapper of each kind made the group's items of that kind's type.
  (results as Record<SearchKind, SearchGroup<SearchHitBase>>)[kind] = group;
}
