import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { Prisma } from "@/generated/prisma/client";
import { firstDayOf, formatPublicationIso, fromStored } from "./publication-date";
import type { SourceInput, SourceUpdate } from "./source-schema";
import type { SourceKind } from "./source-kinds";
import type { Page, PageQuery } from "@/lib/pagination";

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
  createdAt: Date;
  updatedAt: Date;
}

export interface SourceDetail extends SourceSummary {
  text: string;
  textHash: string;
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
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

const detailSelect = { ...summarySelect, text: true, textHash: true } satisfies Prisma.SourceSelect;

/** Sources, most recently published first (undated ones last), a page at a time. */
export async function listSources(query: PageQuery): Promise<Page<SourceSummary>> {
  const [rows, total] = await db.$transaction([
    db.source.findMany({
      select: summarySelect,
      orderBy: [
        { publishedOn: { sort: "desc", nulls: "last" } },
        { createdAt: "desc" },
        { id: "asc" },
      ],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.source.count(),
  ]);
  return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}

/** One source with its text, or null. */
export async function getSource(id: string): Promise<SourceDetail | null> {
  if (!isRecordId(id)) return null;
  const row = await db.source.findUnique({ where: { id }, select: detailSelect });
  return row && { ...toSummary(row), text: row.text, textHash: row.textHash };
}

export type CreateSourceResult =
  { ok: true; source: SourceDetail } | { ok: false; duplicateOf: { id: string; title: string } };

/** Stores a new source, unless the very same text is already in the library. */
export async function createSource(input: SourceInput): Promise<CreateSourceResult> {
  const textHash = hashText(input.text);
  const existing = await findByHash(textHash);
  if (existing) return { ok: false, duplicateOf: existing };
  try {
    const row = await db.source.create({
      data: { ...metadataData(input), kind: input.kind, text: input.text, textHash },
      select: detailSelect,
    });
    return { ok: true, source: { ...toSummary(row), text: row.text, textHash: row.textHash } };
  } catch (error) {
    // Two identical texts submitted at the same moment: the unique index decides.
    const raced = isUniqueViolation(error) ? await findByHash(textHash) : null;
    if (raced) return { ok: false, duplicateOf: raced };
    throw error;
  }
}

/** Changes a source's metadata; its text never changes. Null when there is no such source. */
export async function updateSource(id: string, input: SourceUpdate): Promise<SourceDetail | null> {
  if (!isRecordId(id)) return null;
  const data = metadataData(input);
  if (input.kind !== undefined) data.kind = input.kind;
  try {
    const row = await db.source.update({ where: { id }, data, select: detailSelect });
    return { ...toSummary(row), text: row.text, textHash: row.textHash };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Deletes a source; false when there was none. */
export async function deleteSource(id: string): Promise<boolean> {
  if (!isRecordId(id)) return false;
  const { count } = await db.source.deleteMany({ where: { id } });
  return count > 0;
}

/** How many sources the library holds. */
export async function countSources(): Promise<number> {
  return db.source.count();
}

/** SHA-256 of the exact text, as stored in Source.textHash. */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

async function findByHash(textHash: string) {
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
  if (input.published !== undefined) {
    data.publishedOn = input.published && firstDayOf(input.published);
    data.publishedPrecision = input.published?.precision ?? null;
  }
  return data;
}

type SummaryRow = Prisma.SourceGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): SourceSummary {
  const { publishedOn, publishedPrecision, ...rest } = row;
  const published =
    publishedOn && publishedPrecision
      ? formatPublicationIso(fromStored(publishedOn, publishedPrecision))
      : null;
  return { ...rest, published };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function isNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
