// What bench/export-csv.ts reads for each claim: the columns of lib/exports' CSV, one query per
// keyset page, so the export holds one page of rows at a time.
import type { ClientBase } from "pg";
import type { CitedClaim } from "@/lib/citations/citation-types";
import { paragraphNumberIn } from "@/lib/citations/passage-location";
import { splitParagraphs, type Paragraph } from "@/lib/passages/split-paragraphs";

const PAGE = 1000;
const BASE = "http://localhost:3000";

/** The SELECT both exports run (COPY adds its ORDER BY; pages add a keyset and a LIMIT). */
export const CLAIM_COLUMNS_SQL = `
SELECT c.id, c.stated, c.value, c.method::text AS method, c."asOf", c.status::text AS status,
  q.id AS "questionId", q.measure, q.scope, q.kind::text AS "questionKind", q.unit,
  q."verdictStatus"::text AS "verdictStatus", q."verdictSummary", sj.name AS subject,
  s.id AS "sourceId", s.title, s.authors, s.publisher, s.url, s."archiveUrl", s.kind::text AS "sourceKind", s.language,
  CASE s."publishedPrecision" WHEN 'year' THEN to_char(s."publishedOn", 'YYYY')
    WHEN 'month' THEN to_char(s."publishedOn", 'YYYY-MM') ELSE to_char(s."publishedOn", 'YYYY-MM-DD') END AS published,
  to_char(coalesce(s.accessed, s."createdAt"), 'YYYY-MM-DD') AS accessed,
  o.name AS origin, p.exact, p.prefix, p.suffix, p.start, p."end", p.page
FROM "Claim" c
JOIN "Question" q ON q.id = c."questionId"
JOIN "Subject" sj ON sj.id = q."subjectId"
JOIN "Source" s ON s.id = c."sourceId"
LEFT JOIN "Origin" o ON o.id = c."originId"
JOIN LATERAL (SELECT * FROM "Passage" p WHERE p."claimId" = c.id ORDER BY p."createdAt", p.id LIMIT 1) p ON true
WHERE c."deletedAt" IS NULL`;

type Row = Record<string, unknown> & { id: string; sourceId: string; start: number; end: number };

/** Every live claim as the CSV writer takes it, a keyset page at a time, in id order. */
export async function* claimPages(client: ClientBase): AsyncGenerator<CitedClaim> {
  // Paragraph numbers are counted in the source's text; each text is split once.
  const paragraphs = new Map<string, readonly Paragraph[]>();
  let after = "";
  for (;;) {
    const { rows } = await client.query<Row>(
      `${CLAIM_COLUMNS_SQL} AND c.id > $1 ORDER BY c.id LIMIT ${PAGE}`,
      [after],
    );
    for (const row of rows) {
      if (!paragraphs.has(row.sourceId)) {
        const text = await client.query<{ text: string }>(
          `SELECT text FROM "Source" WHERE id = $1`,
          [row.sourceId],
        );
        paragraphs.set(row.sourceId, splitParagraphs(text.rows[0]!.text));
      }
      yield toCitedClaim(row, paragraphNumberIn(paragraphs.get(row.sourceId)!, row.start));
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

function toCitedClaim(r: Row, paragraph: number): CitedClaim {
  const source = `${BASE}/sources/${r.sourceId}`;
  return {
    id: r.id,
    url: `${BASE}/claims/${r.id}`,
    question: {
      id: r.questionId as string,
      subject: r.subject as string,
      measure: r.measure as string,
      scope: r.scope as string,
      kind: r.questionKind as CitedClaim["question"]["kind"],
      unit: r.unit as string | null,
      url: `${BASE}/questions/${r.questionId as string}`,
    },
    stated: r.stated as string,
    value: r.value as CitedClaim["value"],
    origin: r.origin as string | null,
    method: r.method as CitedClaim["method"],
    asOf: r.asOf as string | null,
    status: r.status as CitedClaim["status"],
    source: {
      id: r.sourceId,
      title: r.title as string,
      authors: r.authors as string[],
      publisher: r.publisher as string | null,
      url: r.url as string | null,
      archiveUrl: r.archiveUrl as string | null,
      published: r.published as string | null,
      accessed: r.accessed as string | null,
      kind: r.sourceKind as CitedClaim["source"]["kind"],
      language: r.language as string | null,
      readerUrl: source,
    },
    passage: {
      exact: r.exact as string,
      prefix: r.prefix as string,
      suffix: r.suffix as string,
      start: r.start,
      end: r.end,
      // Not in the CSV; the seed's texts are all in the Basic Multilingual Plane.
      codePointStart: r.start,
      codePointEnd: r.end,
      paragraph,
      page: r.page as number | null,
    },
    permalink: `${source}#passage-${r.start}-${r.end}`,
    verdict: {
      status: r.verdictStatus as CitedClaim["verdict"]["status"],
      summary: r.verdictSummary as string,
    },
    // The stored verdict keeps no per-claim groups; the export route computes them per question.
    clusters: [],
  };
}
