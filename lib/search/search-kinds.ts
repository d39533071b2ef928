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
    Prisma.sql`SELECT s.id, s."searchVector", s."title" FROM "Source" s
      WHERE s."deletedAt" IS NULL
        AND (s."searchVector" @@ ${tsq} OR ${fuzzyText(query)} <% crosscheck_trigram_text(s."title"))
        ${filterSql("sources", filters)}`,
    Prisma.sql`ts_rank(c."searchVector", ${tsq})::float8
      + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(c."title"))::float8`,
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
    Prisma.sql`SELECT p.id, p."searchVector", p."exact" FROM "Passage" p
      WHERE p."live"
        AND (p."searchVector" @@ ${tsq}
          OR ${fuzzyText(query)} <% crosscheck_trigram_text(left(p."exact", 2000)))
        ${filterSql("passages", filters)}`,
    Prisma.sql`ts_rank(c."searchVector", ${tsq})::float8
      + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(left(c."exact", 2000)))::float8`,
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
    Prisma.sql`SELECT c.id, c."searchVector", c."stated" FROM "Claim" c
      WHERE c."deletedAt" IS NULL
        AND (c."searchVector" @@ ${tsq}
          OR ${fuzzyText(query)} <% crosscheck_trigram_text(left(c."stated", 2000)))
        ${filterSql("claims", filters)}`,
    Prisma.sql`ts_rank(c."searchVector", ${tsq})::float8
      + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(left(c."stated", 2000)))::float8`,
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
    Prisma.sql`SELECT q.id, q."searchVector", q."sortLabel" FROM "Question" q
      WHERE q."deletedAt" IS NULL
        AND (q."searchVector" @@ ${tsq} OR ${fuzzyText(query)} <% crosscheck_trigram_text(q."sortLabel"))
        ${filterSql("questions", filters)}`,
    Prisma.sql`ts_rank(c."searchVector", ${tsq})::float8
      + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(c."sortLabel"))::float8`,
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
    Prisma.sql`SELECT sj.id, sj."searchVector", sj."name" FROM "Subject" sj
      WHERE (sj."searchVector" @@ ${tsq} OR ${fuzzyText(query)} <% crosscheck_trigram_text(sj."name"))
        ${filterSql("subjects", filters)}`,
    Prisma.sql`ts_rank(c."searchVector", ${tsq})::float8
      + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(c."name"))::float8`,
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
    Prisma.sql`SELECT o.id, o."searchVector", o."name" FROM "Origin" o
      WHERE (o."searchVector" @@ ${tsq} OR ${fuzzyText(query)} <% crosscheck_trigram_text(o."name"))
        ${filterSql("origins", filters)}`,
    Prisma.sql`ts_rank(c."searchVector", ${tsq})::float8
      + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(c."name"))::float8`,
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

/**
 * `(…) m`: the ids and scores of one page (limit + 1 rows, to tell whether there is more), best
 * first after the cursor, out of the first RANKED_CANDIDATES rows of `matches` (alias `c` in
 * `score`). The details and snippets are joined to this page only.
 */
function bestPage(
  matches: Prisma.Sql,
  score: Prisma.Sql,
  cursor: SearchCursor | undefined,
  limit: number,
): Prisma.Sql {
  return Prisma.sql`(
    SELECT m.id, m.score FROM (
      SELECT c.id, ${score} AS score FROM (${matches} LIMIT ${RANKED_CANDIDATES}) c
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
