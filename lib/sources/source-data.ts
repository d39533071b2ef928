import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { Prisma } from "@/generated/prisma/client";
import { inTransaction, lockRow } from "@/lib/db/transaction";
import { SCRIPT_ACTOR, type Actor } from "@/lib/history/actor";
import { recordRevision } from "@/lib/history/revision-data";
import { refreshVerdicts } from "@/lib/questions/stored-verdict";
import { EXCERPT_AFTER, EXCERPT_BEFORE, type TextExcerpt } from "@/lib/passages/text-excerpt";
import { DETECTED_CHARS } from "@/lib/values/detect-language";
import { firstDayOf, formatPublicationIso, fromStored } from "./publication-date";
import type { SourceInput, SourceUpdate } from "./source-schema";
import type { SourceKind } from "./source-kinds";
import { sourceSnapshot } from "./source-snapshot";
import { storeOriginal, type OriginalInput } from "./source-original-data";

export interface SourceSummary {
  id: string;
  title: string;
  publisher: string | null;
  authors: string[];
  url: string | null;
  /** "2020", "2020-02" or "2024-02-29": as precise as the publication date is known. */
  published: string | null;
  kind: SourceKind;
  language: string | null;
  /** "YYYY-MM-DD": the day the editor read the source; the day it was added unless set. */
  accessed: string;
  /** A web archive's copy of `url`. */
  archiveUrl: string | null;
  /** Bumped by every change; a write names the version it read. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SourceDetail extends SourceSummary {
  text: string;
  textHash: string;
  /** Which version of the text this is (1 for the text it was added with). */
  textVersion: number;
}

const summarySelect = {
  id: true,
  title: true,
  publisher: true,
  authors: true,
  url: true,
  publishedOn: true,
  publishedPrecision: true,
  kind: true,
  language: true,
  accessed: true,
  archiveUrl: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

export const sourceDetailSelect = {
  ...summarySelect,
  text: true,
  textHash: true,
  textVersion: true,
  deletedAt: true,
} satisfies Prisma.SourceSelect;

/** One source not in the trash, with its text, or null. */
export async function getSource(id: string): Promise<SourceDetail | null> {
  if (!isRecordId(id)) return null;
  const row = await db.source.findFirst({
    where: { id, deletedAt: null },
    select: sourceDetailSelect,
  });
  return row && toDetail(row);
}

/** A source's details without its text, and which version of the text is current. */
export type SourceHeader = SourceSummary & { textVersion: number };

/**
 * One source not in the trash, without its text (which may run to megabytes), or null: for the
 * pages about a source that do not show the text (details, history, versions, deletion).
 */
export async function getSourceHeader(id: string): Promise<SourceHeader | null> {
  if (!isRecordId(id)) return null;
  const row = await db.source.findFirst({
    where: { id, deletedAt: null },
    select: { ...summarySelect, textVersion: true },
  });
  return row && { ...toSummary(row), textVersion: row.textVersion };
}

/** A source with the stretch of its text around one passage (see getSourceAround). */
export interface SourceAround extends SourceSummary {
  excerpt: TextExcerpt;
  /** The start of the text, which the language detector reads, when no language is given. */
  head: string | null;
}

/**
 * One source not in the trash with only the text around `range` (EXCERPT_BEFORE before it,
 * EXCERPT_AFTER after): a page about one passage does not carry a text of megabytes. Cut in
 * PostgreSQL when the text is all of the Basic Multilingual Plane, where PostgreSQL's characters
 * are the UTF-16 units passages count; any other text comes whole (see migration
 * 20261203080000_source_bmp_only).
 */
export async function getSourceAround(
  id: string,
  range: { start: number; end: number },
): Promise<SourceAround | null> {
  if (!isRecordId(id)) return null;
  const from = Math.max(0, Math.floor(range.start) - EXCERPT_BEFORE);
  const length = Math.max(0, Math.ceil(range.end) + EXCERPT_AFTER - from);
  const rows = await db.$queryRaw<
    (SummaryRow & { cut: boolean; excerpt: string; head: string | null })[]
  >`
    SELECT id, title, publisher, authors, url, "publishedOn", "publishedPrecision", kind,
      language, accessed, "archiveUrl", version, "createdAt", "updatedAt", "bmpOnly" AS cut,
      CASE WHEN "bmpOnly" THEN substr(text, ${from + 1}::int, ${length}::int) ELSE text END AS excerpt,
      CASE WHEN coalesce(btrim(language), '') = '' THEN left(text, ${DETECTED_CHARS}::int) END AS head
    FROM "Source" WHERE id = ${id} AND "deletedAt" IS NULL`;
  const row = rows[0];
  if (!row) return null;
  const { cut, excerpt, head, ...summary } = row;
  // Cut, the excerpt is its characters from `from`, one UTF-16 unit each: fewer than asked for
  // when it runs to the end. Else it is the whole text.
  const shown = cut
    ? { start: from, text: excerpt, atEnd: excerpt.length < length }
    : { start: 0, text: excerpt, atEnd: true };
  return { ...toSummary(summary), excerpt: shown, head };
}

export type CreateSourceResult =
  { ok: true; source: SourceDetail } | { ok: false; duplicateOf: { id: string; title: string } };

/** What a new source's text came from, kept beside it when it was imported. */
export interface CreateSourceOptions {
  actor?: Actor;
  /** The fetched or uploaded bytes the text was extracted from. */
  original?: OriginalInput;
  /** PDF only: where each page begins in the text. */
  pageStarts?: number[];
}

/**
 * Stores a new source with its first text version, its original bytes (when imported) and its
 * history entry, unless the very same text is already stored.
 */
export async function createSource(
  input: SourceInput,
  { actor = SCRIPT_ACTOR, original, pageStarts = [] }: CreateSourceOptions = {},
): Promise<CreateSourceResult> {
  const textHash = hashText(input.text);
  const existing = await findByHash(textHash);
  if (existing) return { ok: false, duplicateOf: existing };
  try {
    const row = await inTransaction(async (tx) => {
      const created = await tx.source.create({
        data: { ...metadataData(input), kind: input.kind, text: input.text, textHash },
        select: sourceDetailSelect,
      });
      await tx.sourceTextVersion.create({
        data: {
          sourceId: created.id,
          number: 1,
          text: input.text,
          textHash,
          reason: "created",
          actorName: actor.name,
          pageStarts,
        },
        select: { id: true },
      });
      if (original) await storeOriginal(tx, created.id, 1, original);
      await recordRevision(tx, {
        kind: "source",
        id: created.id,
        version: created.version,
        action: "create",
        actor,
        before: null,
        after: sourceSnapshot(created),
      });
      return created;
    });
    return { ok: true, source: toDetail(row) };
  } catch (error) {
    // Two identical texts submitted at the same moment: the unique index decides.
    const raced = isUniqueViolation(error) ? await findByHash(textHash) : null;
    if (raced) return { ok: false, duplicateOf: raced };
    throw error;
  }
}

export type UpdateSourceResult =
  | { ok: true; source: SourceDetail }
  | { ok: false; code: "not_found" }
  | { ok: false; code: "version_conflict"; current: SourceDetail };

/**
 * Changes a source's metadata (its text never changes) with its history entry; verdicts that
 * name the source by its title are refreshed in the same transaction.
 */
export async function updateSource(
  id: string,
  input: SourceUpdate,
  { actor = SCRIPT_ACTOR, expectedVersion }: { actor?: Actor; expectedVersion?: number } = {},
): Promise<UpdateSourceResult> {
  if (!isRecordId(id)) return { ok: false, code: "not_found" };
  const data = metadataData(input);
  if (input.kind !== undefined) data.kind = input.kind;
  return inTransaction(async (tx): Promise<UpdateSourceResult> => {
    if (!(await lockRow(tx, "Source", id, "FOR NO KEY UPDATE")))
      return { ok: false, code: "not_found" };
    const before = await tx.source.findUniqueOrThrow({ where: { id }, select: sourceDetailSelect });
    if (before.deletedAt) return { ok: false, code: "not_found" };
    if (expectedVersion !== undefined && expectedVersion !== before.version)
      return { ok: false, code: "version_conflict", current: toDetail(before) };
    const after = await tx.source.update({
      where: { id },
      data: { ...data, version: { increment: 1 } },
      select: sourceDetailSelect,
    });
    await recordRevision(tx, {
      kind: "source",
      id,
      version: after.version,
      action: "update",
      actor,
      before: sourceSnapshot(before),
      after: sourceSnapshot(after),
    });
    if (before.title !== after.title) await refreshVerdicts(tx, await questionsOf(tx, id));
    return { ok: true, source: toDetail(after) };
  });
}

/** How many sources the library holds (trash aside). */
export async function countSources(): Promise<number> {
  return db.source.count({ where: { deletedAt: null } });
}

/** SHA-256 of the exact text, as stored in Source.textHash. */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The questions that live claims of this source answer. */
export async function questionsOf(tx: Prisma.TransactionClient, sourceId: string) {
  const claims = await tx.claim.findMany({
    where: { sourceId, deletedAt: null },
    select: { questionId: true },
    distinct: ["questionId"],
  });
  return claims.map((claim) => claim.questionId);
}

type SummaryRow = Prisma.SourceGetPayload<{ select: typeof summarySelect }>;
type DetailRow = Prisma.SourceGetPayload<{ select: typeof sourceDetailSelect }>;

/** A source row as the API and pages show it. */
export function toDetail(row: DetailRow): SourceDetail {
  const { text, textHash, textVersion } = row;
  return { ...toSummary(row), text, textHash, textVersion };
}

/** The live or trashed source holding exactly this text, if any. */
export async function findByHash(textHash: string) {
  return db.source.findUnique({ where: { textHash }, select: { id: true, title: true } });
}

function metadataData(
  input: Omit<SourceUpdate, "text">,
): Prisma.SourceUpdateInput & Prisma.SourceCreateInput {
  const data = {} as Prisma.SourceUpdateInput & Prisma.SourceCreateInput;
  if (input.title !== undefined) data.title = input.title;
  if (input.publisher !== undefined) data.publisher = input.publisher;
  if (input.authors !== undefined) data.authors = input.authors;
  if (input.url !== undefined) data.url = input.url;
  if (input.language !== undefined) data.language = input.language;
  if (input.archiveUrl !== undefined) data.archiveUrl = input.archiveUrl;
  if (input.accessed !== undefined)
    data.accessed = input.accessed === null ? null : new Date(`${input.accessed}T00:00:00Z`);
  if (input.published !== undefined) {
    data.publishedOn = input.published && firstDayOf(input.published);
    data.publishedPrecision = input.published?.precision ?? null;
  }
  return data;
}

function toSummary(row: SummaryRow): SourceSummary {
  const { id, title, publisher, authors, url, kind, language, version, createdAt, updatedAt } = row;
  const published =
    row.publishedOn && row.publishedPrecision
      ? formatPublicationIso(fromStored(row.publishedOn, row.publishedPrecision))
      : null;
  return {
    id,
    title,
    publisher,
    authors,
    url,
    published,
    kind,
    language,
    accessed: accessedDay(row.accessed, createdAt),
    archiveUrl: row.archiveUrl,
    version,
    createdAt,
    updatedAt,
  };
}

/** The day a source was read, "YYYY-MM-DD": as set, else the day it was added (UTC). */
export function accessedDay(accessed: Date | null, createdAt: Date): string {
  return (accessed ?? createdAt).toISOString().slice(0, 10);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
