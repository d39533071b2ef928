import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { firstDayAfter, firstDayOf, type PublicationDate } from "@/lib/sources/publication-date";
import type { SearchKind } from "./search-schema";
import { languageIs } from "./search-sql";

/** What a search is narrowed to, beside its words (see SearchParamsSchema). */
export interface SearchFilters {
  /** A subject's id. */
  subject?: string;
  /** A lower-case language code; "en" takes in "en-GB". */
  language?: string;
  /** Published in a period reaching into from … to (a source dated "1988" is in 1988-03). */
  from?: PublicationDate;
  to?: PublicationDate;
}

/** Whether a kind can be narrowed so: a subject has no language and no publication date. */
export function kindPasses(kind: SearchKind, filters: SearchFilters): boolean {
  return kind !== "subjects" || (!filters.language && !filters.from && !filters.to);
}

/**
 * `AND …` for the candidate rows of one kind (alias `s` for sources, `p` passages, `c` claims,
 * `q` questions, `sj` subjects, `o` origins), or nothing. The conditions sit beside the words,
 * before the candidates are capped, so a filter narrows the matches rather than the first
 * RANKED_CANDIDATES of them; each is a lookup by key from the row (a claim's question, a
 * passage's source, a question's or an origin's claims).
 */
export function filterSql(kind: SearchKind, filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const bySource = sourceConditions(filters);
  const { subject } = filters;
  if (kind === "sources") {
    if (subject)
      parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c JOIN "Question" q ON q.id = c."questionId"
        WHERE c."sourceId" = s.id AND c."deletedAt" IS NULL AND q."deletedAt" IS NULL
          AND q."subjectId" = ${subject})`);
    parts.push(...bySource);
  } else if (kind === "passages") {
    if (subject)
      parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c JOIN "Question" q ON q.id = c."questionId"
        WHERE c.id = p."claimId" AND q."subjectId" = ${subject})`);
    if (bySource.length)
      parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Source" s
        WHERE s.id = p."sourceId" AND ${Prisma.join(bySource, " AND ")})`);
  } else if (kind === "questions") {
    if (subject) parts.push(Prisma.sql`q."subjectId" = ${subject}`);
    if (bySource.length)
      parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c JOIN "Source" s ON s.id = c."sourceId"
        WHERE c."questionId" = q.id AND c."deletedAt" IS NULL AND s."deletedAt" IS NULL
          AND ${Prisma.join(bySource, " AND ")})`);
  } else if (kind === "claims") {
    if (subject)
      parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Question" q
        WHERE q.id = c."questionId" AND q."subjectId" = ${subject})`);
    if (bySource.length)
      parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Source" s
        WHERE s.id = c."sourceId" AND ${Prisma.join(bySource, " AND ")})`);
  } else if (kind === "origins") {
    // One claim that meets them all: relayed about this subject by a source in that language.
    const conditions = [...(subject ? [Prisma.sql`q."subjectId" = ${subject}`] : []), ...bySource];
    if (conditions.length)
      parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c
        JOIN "Question" q ON q.id = c."questionId" JOIN "Source" s ON s.id = c."sourceId"
        WHERE c."originId" = o.id AND c."deletedAt" IS NULL
          AND ${Prisma.join(conditions, " AND ")})`);
  } else if (subject) {
    parts.push(Prisma.sql`sj.id = ${subject}`);
  }
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** The language and publication period, on a source aliased `s`. */
function sourceConditions({ language, from, to }: SearchFilters): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (language) parts.push(languageIs(Prisma.sql`s."language"`, language));
  // A stored date is the first day of its period, as precise as the source says: the period ends
  // a year, a month or a day later, and overlapping the range asked for is enough.
  if (from)
    parts.push(Prisma.sql`s."publishedOn" + CASE s."publishedPrecision"
        WHEN 'year' THEN interval '1 year' WHEN 'month' THEN interval '1 month' ELSE interval '1 day'
      END > ${day(firstDayOf(from))}::date`);
  if (to) parts.push(Prisma.sql`s."publishedOn" < ${day(firstDayAfter(to))}::date`);
  return parts;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
