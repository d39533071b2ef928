import type pg from "pg";

// The rows getQuestionComparison reads, fetched with plain SQL: the data's ceiling.
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
const TEXTS = `SELECT "id", "text" FROM "Source" WHERE "id" = ANY($1::text[])`;

/** The question, its live claims with passages and sources, and the sources' texts: 3 queries. */
export async function rawComparison(sql: pg.Pool, questionId: string): Promise<number> {
  const header = await sql.query(HEADER, [questionId]);
  if (header.rowCount === 0) throw new Error(`no question ${questionId}`);
  const claims = await sql.query(CLAIMS, [questionId]);
  const sourceIds = [...new Set(claims.rows.map((row) => row.sourceId as string))];
  const texts = await sql.query(TEXTS, [sourceIds]);
  return claims.rowCount! + texts.rowCount!;
}
