import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SearchCursor } from "./search-cursor";
import { filterSql, type SearchFilters } from "./search-filters";
import { ORIGIN_CLAIMS_COUNTED, ORIGIN_CLAIMS_SHOWN } from "./search-hits";
import type { SearchQuery } from "./search-query";
import {
  afterCursor,
  anyLanguageQuery,
  excerptColumns,
  fuzzyText,
  RANKED_CANDIDATES,
  simpleQuery,
  wholeColumns,
} from "./search-sql";

// Each query finds its matches through an index (a GIN over the search vector, OR-ed with a
// trigram GIN for typos), takes at most RANKED_CANDIDATES of them (a LIMIT in a subquery, which
// PostgreSQL never flattens, so the scoring functions run on those rows alone), scores them,
// keeps one page, and joins details and snippets to that page alone.

/** Sources whose title, publisher or text has the words, or whose title is close to them. */
export function sourcesSql(
  query: SearchQuery,
  cursor: SearchCursor | undefined,
  limit: number,
  filters: SearchFilters = {},
) {
  const tsq = anyLanguageQuery(query);
  const config = Prisma.sql`crosscheck_search_config(s."language")`;
  const page = bestPage(
    {
      from: Prisma.sql`"Source" s`,
      near: Prisma.sql`s."title"`,
      where: Prisma.sql`AND s."deletedAt" IS NULL ${filterSql("sources", filters)}`,
    },
    query,
    tsq,
    cursor,
    limit,
  );
  return Prisma.sql`
    SELECT m.id, m.score, s."publisher", s."publishedOn", s."publishedPrecision", s."kind"::text AS kind,
      s."language",
      ${wholeColumns(Prisma.sql`s."title"`, config, tsq)} AS title,
      ${excerptColumns(Prisma.sql`s."text"`, config, tsq)} AS snippet
    FROM ${page}
    JOIN "Source" s ON s.id = m.id
    ORDER BY m.score DESC, m.id ASC`;
}

/**
 * Passages of live claims whose quote has the words, or words close to them. `live` is kept on
 * the passage by the triggers of migration 20261202040000_live_passages: looking it up through
 * the claim, question and source of each candidate was most of a search at a million claims.
 */
export function passagesSql(
  query: SearchQuery,
  cursor: SearchCursor | undefined,
  limit: number,
  filters: SearchFilters = {},
) {
  const tsq = simpleQuery(query);
  const config = Prisma.sql`'crosscheck_simple'::regconfig`;
  const page = bestPage(
    {
      from: Prisma.sql`"Passage" p`,
      near: Prisma.sql`left(p."exact", 2000)`,
      where: Prisma.sql`AND p."live" ${filterSql("passages", filters)}`,
    },
    query,
    tsq,
    cursor,
    limit,
  );
  return Prisma.sql`
    SELECT m.id, m.score, c.id AS "claimId", c."stated", s.id AS "sourceId", s."title" AS "sourceTitle",
      q.id AS "questionId", ${labelOf("q", "sj")} AS "questionLabel",
      ${excerptColumns(Prisma.sql`p."exact"`, config, tsq)} AS snippet
    FROM ${page}
    JOIN "Passage" p ON p.id = m.id
    JOIN "Claim" c ON c.id = p."claimId"
    JOIN "Source" s ON s.id = p."sourceId"
    JOIN "Question" q ON q.id = c."questionId"
    JOIN "Subject" sj ON sj.id = q."subjectId"
    ORDER BY m.score DESC, m.id ASC`;
}

/**
 * Live claims whose stated words ("26 Armenians", "more than thirty") have the words, or words
 * close to them. A claim out of the trash is live: trashing a source trashes its claims, and a
 * question with claims cannot be trashed.
 */
export function claimsSql(
  query: SearchQuery,
  cursor: SearchCursor | undefined,
  limit: number,
  filters: SearchFilters = {},
) {
  const tsq = simpleQuery(query);
  const config = Prisma.sql`'crosscheck_simple'::regconfig`;
  const page = bestPage(
    {
      from: Prisma.sql`"Claim" c`,
      near: Prisma.sql`left(c."stated", 2000)`,
      where: Prisma.sql`AND c."deletedAt" IS NULL ${filterSql("claims", filters)}`,
    },
    query,
    tsq,
    cursor,
    limit,
  );
  return Prisma.sql`
    SELECT m.id, m.score, c."stated", s.id AS "sourceId", s."title" AS "sourceTitle",
      q.id AS "questionId", ${labelOf("q", "sj")} AS "questionLabel", o."name" AS "originName",
      ${wholeColumns(Prisma.sql`c."stated"`, config, tsq)} AS snippet
    FROM ${page}
    JOIN "Claim" c ON c.id = m.id
    JOIN "Source" s ON s.id = c."sourceId"
    JOIN "Question" q ON q.id = c."questionId"
    JOIN "Subject" sj ON sj.id = q."subjectId"
    LEFT JOIN "Origin" o ON o.id = c."originId"
    ORDER BY m.score DESC, m.id ASC`;
}

/** Questions whose "subject — measure (scope)" has the words, or words close to them. */
export function questionsSql(
  query: SearchQuery,
  cursor: SearchCursor | undefined,
  limit: number,
  filters: SearchFilters = {},
) {
  const tsq = simpleQuery(query);
  const config = Prisma.sql`'crosscheck_simple'::regconfig`;
  const page = bestPage(
    {
      from: Prisma.sql`"Question" q`,
      near: Prisma.sql`q."sortLabel"`,
      where: Prisma.sql`AND q."deletedAt" IS NULL ${filterSql("questions", filters)}`,
    },
    query,
    tsq,
    cursor,
    limit,
  );
  return Prisma.sql`
    SELECT m.id, m.score, sj.id AS "subjectId", sj."name" AS "subjectName",
      q."verdictStatus"::text AS verdict, q."claimCount",
      ${wholeColumns(labelOf("q", "sj"), config, tsq)} AS snippet
    FROM ${page}
    JOIN "Question" q ON q.id = m.id
    JOIN "Subject" sj ON sj.id = q."subjectId"
    ORDER BY m.score DESC, m.id ASC`;
}

/** Subjects whose name or description has the words, or whose name is close to them. */
export function subjectsSql(
  query: SearchQuery,
  cursor: SearchCursor | undefined,
  limit: number,
  filters: SearchFilters = {},
) {
  const tsq = simpleQuery(query);
  const config = Prisma.sql`'crosscheck_simple'::regconfig`;
  const page = bestPage(
    {
      from: Prisma.sql`"Subject" sj`,
      near: Prisma.sql`sj."name"`,
      where: filterSql("subjects", filters),
    },
    query,
    tsq,
    cursor,
    limit,
  );
  return Prisma.sql`
    SELECT m.id, m.score,
      (SELECT count(*)::int FROM "Question" q WHERE q."subjectId" = m.id AND q."deletedAt" IS NULL) AS "questionCount",
      ${wholeColumns(Prisma.sql`sj."name"`, config, tsq)} AS snippet
    FROM ${page}
    JOIN "Subject" sj ON sj.id = m.id
    ORDER BY m.score DESC, m.id ASC`;
}

/**
 * Origins whose name has the words, or is close to them, with how many live claims relay each
 * (counted up to ORIGIN_CLAIMS_COUNTED) and the latest few, read by "Claim_originId_idx" for the
 * page's rows only. An origin that no live claim relays any more is still found (its history
 * stays); it shows 0 claims.
 */
export function originsSql(
  query: SearchQuery,
  cursor: SearchCursor | undefined,
  limit: number,
  filters: SearchFilters = {},
) {
  const tsq = simpleQuery(query);
  const config = Prisma.sql`'crosscheck_simple'::regconfig`;
  const page = bestPage(
    {
      from: Prisma.sql`"Origin" o`,
      near: Prisma.sql`o."name"`,
      where: filterSql("origins", filters),
    },
    query,
    tsq,
    cursor,
    limit,
  );
  return Prisma.sql`
    SELECT m.id, m.score,
      (SELECT count(*)::int FROM (SELECT FROM "Claim" c
        WHERE c."originId" = m.id AND c."deletedAt" IS NULL LIMIT ${ORIGIN_CLAIMS_COUNTED + 1}) n)
        AS "claimCount",
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'stated', l."stated",
          'questionId', l."questionId", 'questionLabel', l.label) ORDER BY l."createdAt" DESC), '[]')
        FROM (SELECT c.id, c."stated", c."questionId", c."createdAt", ${labelOf("q", "sj")} AS label
          FROM "Claim" c
          JOIN "Question" q ON q.id = c."questionId"
          JOIN "Subject" sj ON sj.id = q."subjectId"
          WHERE c."originId" = m.id AND c."deletedAt" IS NULL
          ORDER BY c."createdAt" DESC LIMIT ${ORIGIN_CLAIMS_SHOWN}) l) AS claims,
      ${wholeColumns(Prisma.sql`o."name"`, config, tsq)} AS snippet
    FROM ${page}
    JOIN "Origin" o ON o.id = m.id
    ORDER BY m.score DESC, m.id ASC`;
}

/** Where one kind's matches are found: its table, the short text typos match, its conditions. */
interface Candidates {
  /** `"Table" alias`. */
  from: Prisma.Sql;
  /** The short text a misspelt word may be close to (served by the kind's trigram index). */
  near: Prisma.Sql;
  /** `AND …`: the row is live and passes the filters (or nothing). */
  where: Prisma.Sql;
}

/**
 * `(…) m`: the ids and scores of one page (limit + 1 rows, to tell whether there is more), best
 * first after the cursor, out of the first RANKED_CANDIDATES rows that have the words (`tsq`, by
 * the search vector) or a word close to them (`near`, by the trigrams). The details and snippets
 * are joined to this page only.
 */
function bestPage(
  { from, near, where }: Candidates,
  query: SearchQuery,
  tsq: Prisma.Sql,
  cursor: SearchCursor | undefined,
  limit: number,
): Prisma.Sql {
  const fuzzy = fuzzyText(query);
  return Prisma.sql`(
    SELECT m.id, m.score FROM (
      SELECT c.id,
        ts_rank(c."searchVector", ${tsq})::float8
          + word_similarity(${fuzzy}, crosscheck_trigram_text(c.near))::float8 AS score
      FROM (
        SELECT id, "searchVector", ${near} AS near FROM ${from}
        WHERE ("searchVector" @@ ${tsq} OR ${fuzzy} <% crosscheck_trigram_text(${near})) ${where}
        LIMIT ${RANKED_CANDIDATES}
      ) c
    ) m
    WHERE TRUE ${afterCursor(cursor)}
    ORDER BY m.score DESC, m.id ASC
    LIMIT ${limit + 1}
  ) m`;
}

/** "Sumgait pogrom — Armenians killed (whole event)", as Question.sortLabel before lower-casing. */
function labelOf(question: string, subject: string): Prisma.Sql {
  const q = Prisma.raw(question);
  const s = Prisma.raw(subject);
  return Prisma.sql`(${s}."name" || ' — ' || ${q}."measure" || CASE WHEN ${q}."scope" = '' THEN '' ELSE ' (' || ${q}."scope" || ')' END)`;
}
