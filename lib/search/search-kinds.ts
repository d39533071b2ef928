import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SearchCursor } from "./search-cursor";
import type { SearchQuery } from "./search-query";
import {
  afterCursor,
  anyLanguageQuery,
  excerptColumns,
  fuzzyText,
  simpleQuery,
  wholeColumns,
} from "./search-sql";

// Each query finds its matches through an index (a GIN over the search vector, OR-ed with a
// trigram GIN for typos), scores only those, and returns one page (limit + 1 rows, to tell
// whether there is more) with snippets computed for that page alone.

/** Sources whose title, publisher or text has the words, or whose title is close to them. */
export function sourcesSql(query: SearchQuery, cursor: SearchCursor | undefined, limit: number) {
  const tsq = anyLanguageQuery(query);
  const config = Prisma.sql`crosscheck_search_config(s."language")`;
  return Prisma.sql`
    SELECT m.id, m.score, s."publisher", s."publishedOn", s."publishedPrecision", s."kind"::text AS kind,
      s."language",
      ${wholeColumns(Prisma.sql`s."title"`, config, tsq)} AS title,
      ${excerptColumns(Prisma.sql`s."text"`, config, tsq)} AS snippet
    FROM (
      SELECT s.id, ts_rank(s."searchVector", ${tsq})::float8
        + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(s."title"))::float8 AS score
      FROM "Source" s
      WHERE s."deletedAt" IS NULL
        AND (s."searchVector" @@ ${tsq} OR ${fuzzyText(query)} <% crosscheck_trigram_text(s."title"))
    ) m
    JOIN "Source" s ON s.id = m.id
    WHERE TRUE ${afterCursor(cursor)}
    ORDER BY m.score DESC, m.id ASC
    LIMIT ${limit + 1}`;
}

/** Passages of live claims whose quote has the words, or words close to them. */
export function passagesSql(query: SearchQuery, cursor: SearchCursor | undefined, limit: number) {
  const tsq = simpleQuery(query);
  const config = Prisma.sql`'crosscheck_simple'::regconfig`;
  return Prisma.sql`
    SELECT m.id, m.score, c.id AS "claimId", c."stated", s.id AS "sourceId", s."title" AS "sourceTitle",
      q.id AS "questionId", ${labelOf("q", "sj")} AS "questionLabel",
      ${excerptColumns(Prisma.sql`p."exact"`, config, tsq)} AS snippet
    FROM (
      SELECT p.id, ts_rank(p."searchVector", ${tsq})::float8
        + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(left(p."exact", 2000)))::float8 AS score
      FROM "Passage" p
      WHERE p."searchVector" @@ ${tsq}
         OR ${fuzzyText(query)} <% crosscheck_trigram_text(left(p."exact", 2000))
    ) m
    JOIN "Passage" p ON p.id = m.id
    JOIN "Claim" c ON c.id = p."claimId" AND c."deletedAt" IS NULL
    JOIN "Source" s ON s.id = p."sourceId" AND s."deletedAt" IS NULL
    JOIN "Question" q ON q.id = c."questionId" AND q."deletedAt" IS NULL
    JOIN "Subject" sj ON sj.id = q."subjectId"
    WHERE TRUE ${afterCursor(cursor)}
    ORDER BY m.score DESC, m.id ASC
    LIMIT ${limit + 1}`;
}

/** Questions whose "subject — measure (scope)" has the words, or words close to them. */
export function questionsSql(query: SearchQuery, cursor: SearchCursor | undefined, limit: number) {
  const tsq = simpleQuery(query);
  const config = Prisma.sql`'crosscheck_simple'::regconfig`;
  return Prisma.sql`
    SELECT m.id, m.score, sj.id AS "subjectId", sj."name" AS "subjectName",
      q."verdictStatus"::text AS verdict, q."claimCount",
      ${wholeColumns(labelOf("q", "sj"), config, tsq)} AS snippet
    FROM (
      SELECT q.id, ts_rank(q."searchVector", ${tsq})::float8
        + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(q."sortLabel"))::float8 AS score
      FROM "Question" q
      WHERE q."deletedAt" IS NULL
        AND (q."searchVector" @@ ${tsq} OR ${fuzzyText(query)} <% crosscheck_trigram_text(q."sortLabel"))
    ) m
    JOIN "Question" q ON q.id = m.id
    JOIN "Subject" sj ON sj.id = q."subjectId"
    WHERE TRUE ${afterCursor(cursor)}
    ORDER BY m.score DESC, m.id ASC
    LIMIT ${limit + 1}`;
}

/** Subjects whose name or description has the words, or whose name is close to them. */
export function subjectsSql(query: SearchQuery, cursor: SearchCursor | undefined, limit: number) {
  const tsq = simpleQuery(query);
  const config = Prisma.sql`'crosscheck_simple'::regconfig`;
  return Prisma.sql`
    SELECT m.id, m.score,
      (SELECT count(*)::int FROM "Question" q WHERE q."subjectId" = m.id AND q."deletedAt" IS NULL) AS "questionCount",
      ${wholeColumns(Prisma.sql`sj."name"`, config, tsq)} AS snippet
    FROM (
      SELECT sj.id, ts_rank(sj."searchVector", ${tsq})::float8
        + word_similarity(${fuzzyText(query)}, crosscheck_trigram_text(sj."name"))::float8 AS score
      FROM "Subject" sj
      WHERE sj."searchVector" @@ ${tsq} OR ${fuzzyText(query)} <% crosscheck_trigram_text(sj."name")
    ) m
    JOIN "Subject" sj ON sj.id = m.id
    WHERE TRUE ${afterCursor(cursor)}
    ORDER BY m.score DESC, m.id ASC
    LIMIT ${limit + 1}`;
}

/** "Sumgait pogrom — Armenians killed (whole event)", as Question.sortLabel before lower-casing. */
function labelOf(question: string, subject: string): Prisma.Sql {
  const q = Prisma.raw(question);
  const s = Prisma.raw(subject);
  return Prisma.sql`(${s}."name" || ' — ' || ${q}."measure" || CASE WHEN ${q}."scope" = '' THEN '' ELSE ' (' || ${q}."scope" || ')' END)`;
}
