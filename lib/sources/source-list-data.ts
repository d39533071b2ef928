import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { reader } from "@/lib/db/read-client";
import type { Page } from "@/lib/pagination";
import { parseSearchQuery } from "@/lib/search/search-query";
import { anyLanguageQuery, fuzzyText, languageIs, typoThreshold } from "@/lib/search/search-sql";
import { formatPublicationIso, fromStored, type PublicationPrecision } from "./publication-date";
import { accessedDay, type SourceSummary } from "./source-data";
import type { SourceKind } from "./source-kinds";
import { encodeSourceCursor, type SourceListCursor } from "./source-list-cursor";
import type { SourceListQuery } from "./source-list-schema";

/** A source as the list shows it, with how many live claims were recorded from it. */
export interface SourceListItem extends SourceSummary {
  claimCount: number;
}

/** A page of the library. */
export interface SourceListPage extends Page<SourceListItem> {
  /**
   * The list was filtered (words, kind, language) and more sources than `total`
   * (MAX_COUNTED_MATCHES) match: a filter that most sources pass is counted up to there, not
   * through the whole archive on every request.
   */
  totalCapped: boolean;
  /** Pass as `cursor` for the next page (however deep); null on the last one. */
  nextCursor: string | null;
}

/** How many sources a filtered list counts at most (decision 005). */
export const MAX_COUNTED_MATCHES = 1000;

type Row = Omit<SourceSummary, "published" | "kind" | "accessed"> & {
  kind: string;
  accessed: Date | null;
  publishedOn: Date | null;
  publishedPrecision: PublicationPrecision | null;
  claimCount: number;
  /** The row's keys in the list's order, as text for its cursor. */
  listedOn: string;
  addedAt: string;
};

/**
 * Sources, newest publication first, an undated one placed by the day it was added (so a source
 * just added without a date is on the first page), filtered by words, kind and language, a page
 * at a time (a numbered page, or the page after a cursor). Two queries: the page, read in order
 * from the index "Source_listed_on_idx" with
 * each row's claim count from the claims' sourceId index, and the total: of all live sources
 * from the totals kept at each commit (migration 20261202071500_source_tally); with words, a
 * kind or a language, counted up to MAX_COUNTED_MATCHES and no further.
 */
export async function listSources(query: SourceListQuery): Promise<SourceListPage> {
  const where = filterSql(query);
  const empty = {
    items: [],
    total: 0,
    totalCapped: false,
    nextCursor: null,
    page: query.page,
    pageSize: query.pageSize,
  };
  if (where === null) return empty;
  const filtered =
    query.q !== undefined || query.kind !== undefined || query.language !== undefined;
  // A replica for anonymous readers (reader()): the list may lag the primary by a moment.
  const client = reader();
  const [, rows, counted] = await client.$transaction([
    client.$queryRaw(typoThreshold()),
    // The claim counts are taken for the page's rows only, after OFFSET has skipped the others.
    client.$queryRaw<Row[]>`
      SELECT s.id, s.title, s.publisher, s.authors, s.url, s."publishedOn", s."publishedPrecision",
        s.kind::text AS kind, s.language, s.accessed, s."archiveUrl", s.version, s."createdAt",
        s."updatedAt",
        (SELECT count(*)::int FROM "Claim" c WHERE c."sourceId" = s.id AND c."deletedAt" IS NULL)
          AS "claimCount",
        coalesce(s."publishedOn", s."createdAt"::date)::text AS "listedOn",
        s."createdAt"::text AS "addedAt"
      FROM (
        SELECT s.id FROM "Source" s
        WHERE ${where} ${afterCursor(query.cursor)}
        ORDER BY coalesce(s."publishedOn", s."createdAt"::date) DESC, s."createdAt" DESC, s.id DESC
        LIMIT ${query.pageSize + 1} OFFSET ${query.cursor ? 0 : (query.page - 1) * query.pageSize}
      ) page
      JOIN "Source" s ON s.id = page.id
      ORDER BY coalesce(s."publishedOn", s."createdAt"::date) DESC, s."createdAt" DESC, s.id DESC`,
    filtered
      ? client.$queryRaw<{ total: number }[]>`
          SELECT count(*)::int AS total
          FROM (SELECT FROM "Source" s WHERE ${where} LIMIT ${MAX_COUNTED_MATCHES + 1}) matches`
      : client.$queryRaw<{ total: number }[]>`
          SELECT coalesce(sum("live"), 0)::int AS total FROM "SourceTally"`,
  ]);
  const total = counted[0]?.total ?? 0;
  // One row more than the page was read, to know whether another page follows.
  const shown = rows.slice(0, query.pageSize);
  const last = shown.at(-1);
  return {
    items: shown.map(toItem),
    nextCursor:
      rows.length > query.pageSize && last
        ? encodeSourceCursor({ on: last.listedOn, at: last.addedAt, id: last.id })
        : null,
    total: filtered ? Math.min(total, MAX_COUNTED_MATCHES) : total,
    totalCapped: filtered && total > MAX_COUNTED_MATCHES,
    page: query.page,
    pageSize: query.pageSize,
  };
}

// Rows after the cursor in the list's order, all three keys descending: one row comparison,
// which "Source_listed_on_idx" serves as the start of its scan.
function afterCursor(cursor: SourceListCursor | undefined): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  return Prisma.sql`AND (coalesce(s."publishedOn", s."createdAt"::date), s."createdAt", s.id)
    < (${cursor.on}::date, ${cursor.at}::timestamp(3), ${cursor.id})`;
}

/** The WHERE of the list, or null when the words typed hold nothing to search for. */
function filterSql(query: SourceListQuery): Prisma.Sql | null {
  const parts = [Prisma.sql`s."deletedAt" IS NULL`];
  if (query.q !== undefined) {
    const words = parseSearchQuery(query.q);
    if (!words) return null;
    parts.push(
      Prisma.sql`(s."searchVector" @@ ${anyLanguageQuery(words)} OR ${fuzzyText(words)} <% crosscheck_trigram_text(s."title"))`,
    );
  }
  if (query.kind) parts.push(Prisma.sql`s.kind = ${query.kind}::"SourceKind"`);
  if (query.language) {
    // "en" also lists sources marked "en-GB".
    parts.push(languageIs(Prisma.sql`s.language`, query.language));
  }
  return Prisma.join(parts, " AND ");
}

function toItem(row: Row): SourceListItem {
  const {
    publishedOn,
    publishedPrecision,
    kind,
    accessed,
    listedOn: _on,
    addedAt: _at,
    ...rest
  } = row;
  return {
    ...rest,
    kind: kind as SourceKind,
    accessed: accessedDay(accessed, row.createdAt),
    published:
      publishedOn && publishedPrecision
        ? formatPublicationIso(fromStored(publishedOn, publishedPrecision))
        : null,
  };
}
