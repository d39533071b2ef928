import "server-only";
import { sqlQuery, type Client } from "@/lib/db/client";
import { toClaimRecord, type ClaimRow } from "@/lib/claims/claim-record";
import { CONTEXT_EXCERPT, type TextExcerpt } from "@/lib/passages/text-excerpt";
import type { ClaimRecord, QuestionHeader } from "./comparison-types";
import type { QuestionKind } from "./question-kinds";
import { FINGERPRINT_OF_QUESTION } from "./fingerprint-sql";

// Everything one comparison reads, in one statement: the question with its subject, its live
// claims with their source, origin and passages, and the text around each passage (not whole
// texts: a question's sources may be reports of megabytes), as one JSON document. One statement
// is one snapshot (a claim and the text its passage is resolved against are read at the same
// moment) and one round trip; Prisma's relation loading took seven statements one after the
// other, and three statements in turn cost the client's per-query work three times (the
// comparison API was several times the cost of its own SQL).

type HeaderRow = Omit<QuestionHeader, "subject"> & {
  version: number;
  subjectId: string;
  subjectName: string;
  fingerprint: string | null;
};

// A claim row as JSON gives it: dates are ISO strings.
type JsonClaimRow = Omit<ClaimRow, "origin" | "source"> & {
  originId: string | null;
  originName: string | null;
  sourceId: string;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourcePublishedOn: string | null;
  sourcePublishedPrecision: ClaimRow["source"]["publishedPrecision"];
  sourceKind: ClaimRow["source"]["kind"];
  /** Read for the order only. */
  createdAt: string;
};

interface ComparisonDocument {
  question: HeaderRow | null;
  claims: JsonClaimRow[];
  excerpts: Record<string, TextExcerpt>;
}

/** What a comparison is built from: the question, its live claims oldest first, the texts. */
export interface ComparisonRows {
  question: QuestionHeader & { version: number };
  records: ClaimRecord[];
  /** By passage id: the text around it (CONTEXT_EXCERPT characters a side), or the whole text. */
  excerpts: Map<string, TextExcerpt>;
  /** Of what was read, in the same snapshot (see fingerprint-sql.ts). */
  fingerprint: string | null;
}

// $1: the question's id; $2: CONTEXT_EXCERPT. Read through pg as a named statement (see
// sqlQuery). Only a text of the Basic Multilingual Plane is cut ("bmpOnly": PostgreSQL counts
// characters, passages UTF-16 units, the same there); any other is read whole (see the migration
// that adds the column). The fingerprint is read in the same statement, so it is that of the
// rows read. OFFSET 0 keeps PostgreSQL from copying the cut into each place that
// uses it, where it would run once per use.
const COMPARISON = `
    WITH question AS (
      SELECT q.id, q.measure, q.kind::text AS kind, q.unit, q.scope, q.version,
        s.id AS "subjectId", s.name AS "subjectName", ${FINGERPRINT_OF_QUESTION} AS fingerprint
      FROM "Question" q JOIN "Subject" s ON s.id = q."subjectId"
      WHERE q.id = $1 AND q."deletedAt" IS NULL
    ), claim AS (
      SELECT c.id, c."questionId", c.stated, c.value, c."parsedValue", c.override,
        c.method::text AS method, c.status::text AS status, c."asOf", c.note, c.version,
        o.id AS "originId", o.name AS "originName",
        r.id AS "sourceId", r.title AS "sourceTitle", r.publisher AS "sourcePublisher",
        r."publishedOn" AS "sourcePublishedOn",
        r."publishedPrecision"::text AS "sourcePublishedPrecision", r.kind::text AS "sourceKind",
        (SELECT coalesce(json_agg(json_build_object('id', p.id, 'sourceId', p."sourceId",
            'start', p.start, 'end', p."end", 'exact', p.exact, 'prefix', p.prefix,
            'suffix', p.suffix) ORDER BY p."sourceId", p.start), '[]'::json)
          FROM "Passage" p WHERE p."claimId" = c.id) AS passages,
        c."createdAt"
      FROM "Claim" c
      JOIN "Source" r ON r.id = c."sourceId"
      LEFT JOIN "Origin" o ON o.id = c."originId"
      WHERE c."questionId" = $1 AND c."deletedAt" IS NULL AND EXISTS (SELECT FROM question)
    )
    SELECT json_build_object(
      'question', (SELECT row_to_json(question) FROM question),
      'claims', (SELECT coalesce(json_agg(claim ORDER BY claim."createdAt", claim.id), '[]'::json)
        FROM claim),
      'excerpts', (SELECT coalesce(json_object_agg(p.id, json_build_object(
          'start', cut.start, 'text', cut.text,
          'atEnd', NOT r."bmpOnly" OR char_length(cut.text) < want.length)), '{}'::json)
        FROM "Passage" p
        JOIN "Source" r ON r.id = p."sourceId"
        CROSS JOIN LATERAL (SELECT greatest(0, p.start - $2::int) AS "from",
          p."end" + $2::int - greatest(0, p.start - $2::int) AS length) want
        CROSS JOIN LATERAL (SELECT
          CASE WHEN r."bmpOnly" THEN want."from" ELSE 0 END AS start,
          CASE WHEN r."bmpOnly" THEN substr(r.text, want."from" + 1, want.length) ELSE r.text END
            AS text
          OFFSET 0) cut
        WHERE p."claimId" IN (SELECT id FROM claim))
    ) AS document`;

// The whole texts of some sources, by id: for passages an excerpt could not show.
const TEXTS = `SELECT id, text FROM "Source" WHERE id = ANY($1::text[])`;

/** One live question's comparison rows, or null when there is no such live question. */
export async function readComparisonRows(
  client: Client,
  id: string,
): Promise<ComparisonRows | null> {
  const [row] = await sqlQuery<{ document: ComparisonDocument }>(client, COMPARISON, [
    id,
    CONTEXT_EXCERPT,
  ]);
  const document = row?.document;
  if (!document?.question) return null;
  const { subjectId, subjectName, kind, fingerprint, ...question } = document.question;
  return {
    question: {
      ...question,
      kind: kind as QuestionKind,
      subject: { id: subjectId, name: subjectName },
    },
    records: document.claims.map((claim) => toClaimRecord(nest(claim))),
    excerpts: new Map(Object.entries(document.excerpts)),
    fingerprint,
  };
}

/** The whole texts of these sources, by source id. */
export async function readSourceTexts(
  client: Client,
  sourceIds: readonly string[],
): Promise<Map<string, string>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await sqlQuery<{ id: string; text: string }>(client, TEXTS, [sourceIds]);
  return new Map(rows.map((row) => [row.id, row.text]));
}

function nest(row: JsonClaimRow): ClaimRow {
  const {
    originId,
    originName,
    sourceId,
    sourceTitle,
    sourcePublisher,
    sourcePublishedOn,
    sourcePublishedPrecision,
    sourceKind,
    createdAt: _createdAt,
    ...claim
  } = row;
  return {
    ...claim,
    origin: originId === null ? null : { id: originId, name: originName ?? "" },
    source: {
      id: sourceId,
      title: sourceTitle,
      publisher: sourcePublisher,
      publishedOn: sourcePublishedOn === null ? null : new Date(`${sourcePublishedOn}T00:00:00Z`),
      publishedPrecision: sourcePublishedPrecision,
      kind: sourceKind,
    },
  };
}
