import "server-only";
import type { Client } from "@/lib/db/client";
import { toClaimRecord, type ClaimRow } from "@/lib/claims/claim-record";
import type { ClaimRecord, QuestionHeader } from "./comparison-types";
import type { QuestionKind } from "./question-kinds";

// The rows of one comparison in two statements, sent at once: the question with its subject,
// and its live claims with their source, origin and passages (aggregated per claim as JSON).
// Prisma's relation loading took seven statements one after the other for the same rows, which
// made the comparison API several times the cost of its own SQL.

type HeaderRow = Omit<QuestionHeader, "subject"> & {
  version: number;
  subjectId: string;
  subjectName: string;
};

type FlatClaimRow = Omit<ClaimRow, "origin" | "source"> & {
  originId: string | null;
  originName: string | null;
  sourceId: string;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourcePublishedOn: Date | null;
  sourcePublishedPrecision: ClaimRow["source"]["publishedPrecision"];
  sourceKind: ClaimRow["source"]["kind"];
};

/** One live question's header and version, and its live claims oldest first; null if none. */
export async function readComparisonRows(
  client: Client,
  id: string,
): Promise<{ question: QuestionHeader & { version: number }; records: ClaimRecord[] } | null> {
  const [headers, claims] = await Promise.all([
    client.$queryRaw<HeaderRow[]>`
      SELECT q.id, q.measure, q.kind::text AS kind, q.unit, q.scope, q.version,
        s.id AS "subjectId", s.name AS "subjectName"
      FROM "Question" q JOIN "Subject" s ON s.id = q."subjectId"
      WHERE q.id = ${id} AND q."deletedAt" IS NULL`,
    client.$queryRaw<FlatClaimRow[]>`
      SELECT c.id, c."questionId", c.stated, c.value, c."parsedValue", c.override,
        c.method::text AS method, c.status::text AS status, c."asOf", c.note, c.version,
        o.id AS "originId", o.name AS "originName",
        r.id AS "sourceId", r.title AS "sourceTitle", r.publisher AS "sourcePublisher",
        r."publishedOn" AS "sourcePublishedOn",
        r."publishedPrecision"::text AS "sourcePublishedPrecision", r.kind::text AS "sourceKind",
        (SELECT coalesce(json_agg(json_build_object('id', p.id, 'sourceId', p."sourceId",
            'start', p.start, 'end', p."end", 'exact', p.exact, 'prefix', p.prefix,
            'suffix', p.suffix) ORDER BY p."sourceId", p.start), '[]'::json)
          FROM "Passage" p WHERE p."claimId" = c.id) AS passages
      FROM "Claim" c
      JOIN "Source" r ON r.id = c."sourceId"
      LEFT JOIN "Origin" o ON o.id = c."originId"
      WHERE c."questionId" = ${id} AND c."deletedAt" IS NULL
      ORDER BY c."createdAt", c.id`,
  ]);
  const header = headers[0];
  if (!header) return null;
  const { subjectId, subjectName, kind, ...question } = header;
  return {
    question: {
      ...question,
      kind: kind as QuestionKind,
      subject: { id: subjectId, name: subjectName },
    },
    records: claims.map((row) => toClaimRecord(nest(row))),
  };
}

function nest(row: FlatClaimRow): ClaimRow {
  const {
    originId,
    originName,
    sourceId,
    sourceTitle,
    sourcePublisher,
    sourcePublishedOn,
    sourcePublishedPrecision,
    sourceKind,
    ...claim
  } = row;
  return {
    ...claim,
    origin: originId === null ? null : { id: originId, name: originName ?? "" },
    source: {
      id: sourceId,
      title: sourceTitle,
      publisher: sourcePublisher,
      publishedOn: sourcePublishedOn,
      publishedPrecision: sourcePublishedPrecision,
      kind: sourceKind,
    },
  };
}
