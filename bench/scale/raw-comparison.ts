import type pg from "pg";
import { ASTRAL_PATTERN } from "@/lib/db/utf16";
import { CONTEXT_EXCERPT } from "@/lib/passages/text-excerpt";

// The rows getQuestionComparison reads, fetched with plain SQL in three queries: the data's
// ceiling.
const HEADER = `SELECT q."id", q."measure", q."kind", q."unit", q."scope", s."id" AS "subjectId", s."name"
  FROM "Question" q JOIN "Subject" s ON s."id" = q."subjectId"
  WHERE q."id" = $1 AND q."deletedAt" IS NULL`;
const CLAIMS = `SELECT c."id", c."questionId", c."stated", c."value", c."parsedValue", c."override",
    c."method", c."status", c."asOf", c."note", c."version",
    o."id" AS "originId", o."name" AS "originName",
    r."id" AS "sourceId", r."title", r."publisher", r."publishedOn", r."publishedPrecision", r."kind",
    (SELECT coalesce(json_agg(json_build_object('id', p."id", 'start', p."start", 'end', p."end",
        'exact', p."exact", 'prefix', p."prefix", 'suffix', p."suffix") ORDER BY p."start"), '[]')
       FROM "Passage" p WHERE p."claimId" = c."id") AS "passages"
  FROM "Claim" c JOIN "Source" r ON r."id" = c."sourceId" LEFT JOIN "Origin" o ON o."id" = c."originId"
  WHERE c."questionId" = $1 AND c."deletedAt" IS NULL
  ORDER BY c."createdAt"`;
// The text around each passage, CONTEXT_EXCERPT UTF-16 units or more on each side ($3;
// text-excerpt.ts says how PostgreSQL, which counts characters, cuts it).
const EXCERPTS = `SELECT p."id", cut."start", substr(r."text", cut."from" + 1, cut."length") AS "text"
  FROM "Passage" p JOIN "Source" r ON r."id" = p."sourceId"
  CROSS JOIN LATERAL (SELECT greatest(0, p."start" - $3::int) AS "unit") want
  CROSS JOIN LATERAL (SELECT want."unit" - (SELECT count(*)
    FROM regexp_matches(left(r."text", want."unit"), $2, 'g'))::int AS "from") first
  CROSS JOIN LATERAL (SELECT first."from", first."from" + (SELECT count(*)
    FROM regexp_matches(left(r."text", first."from"), $2, 'g'))::int AS "start") at
  CROSS JOIN LATERAL (SELECT at."from", at."start",
    greatest(0, p."end" + $3::int - at."start") AS "length") cut
  WHERE p."claimId" = ANY($1::text[])`;

/** The question, its live claims with passages and sources, the text around each passage. */
export async function rawComparison(sql: pg.Pool, questionId: string): Promise<number> {
  const header = await sql.query(HEADER, [questionId]);
  if (header.rowCount === 0) throw new Error(`no question ${questionId}`);
  const claims = await sql.query(CLAIMS, [questionId]);
  const claimIds = claims.rows.map((row) => row.id as string);
  const excerpts = await sql.query(EXCERPTS, [claimIds, ASTRAL_PATTERN, CONTEXT_EXCERPT]);
  return claims.rowCount! + excerpts.rowCount!;
}
