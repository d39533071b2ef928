import type pg from "pg";
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
// The text around each passage, CONTEXT_EXCERPT characters on each side ($2), or the whole
// text when it has characters beyond the Basic Multilingual Plane (see comparison-data.ts).
const EXCERPTS = `SELECT p."id", CASE WHEN r."bmpOnly" THEN substr(r."text",
    greatest(0, p."start" - $2::int) + 1, p."end" + $2::int - greatest(0, p."start" - $2::int))
    ELSE r."text" END AS "text"
  FROM "Passage" p JOIN "Source" r ON r."id" = p."sourceId"
  WHERE p."claimId" = ANY($1::text[])`;

/** The question, its live claims with passages and sources, the text around each passage. */
export async function rawComparison(sql: pg.Pool, questionId: string): Promise<number> {
  const header = await sql.query(HEADER, [questionId]);
  if (header.rowCount === 0) throw new Error(`no question ${questionId}`);
  const claims = await sql.query(CLAIMS, [questionId]);
  const claimIds = claims.rows.map((row) => row.id as string);
  const excerpts = await sql.query(EXCERPTS, [claimIds, CONTEXT_EXCERPT]);
  return claims.rowCount! + excerpts.rowCount!;
}
