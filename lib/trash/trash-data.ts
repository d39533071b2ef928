import "server-only";
import { db } from "@/lib/db/client";
import { encodeTrashCursor, type TrashCursor } from "./trash-cursor";
import { MAX_TRASH_ROWS, TRASH_PAGE_SIZE, type TrashKind, type TrashQuery } from "./trash-kinds";

export interface TrashItem {
  kind: TrashKind;
  id: string;
  label: string;
  deletedAt: Date;
  /** For a claim that went with its source: that source's id (restore the source instead). */
  withSource: string | null;
}

export interface TrashPage {
  items: TrashItem[];
  /** How many records of this kind are in the trash, counted up to MAX_TRASH_ROWS. */
  total: number;
  /** More than `total` are in the trash. */
  totalCapped: boolean;
  /** Pass as `cursor` for the next page (however deep); null on the last one. */
  nextCursor: string | null;
  page: number;
  pageSize: number;
}

/**
 * What is in the trash, most recently trashed first, one kind at a time: a numbered page within
 * the first MAX_TRASH_ROWS, or the page after a cursor. Both reads walk the kind's index of
 * trashed rows ("<Table>_trashed_idx", migration 20261202133000) and stop: the page at its LIMIT
 * (a cursor's page starts where the index reaches its time), the count at MAX_TRASH_ROWS + 1.
 */
export async function listTrash(
  kind: TrashKind,
  { page = 1, cursor }: Partial<Pick<TrashQuery, "page" | "cursor">> = {},
): Promise<TrashPage> {
  const [rows, counted] = await readKind(kind, pageRead(page, cursor), COUNT);
  const shown = rows.slice(0, TRASH_PAGE_SIZE);
  const last = shown.at(-1);
  return {
    items: shown,
    total: Math.min(counted, MAX_TRASH_ROWS),
    totalCapped: counted > MAX_TRASH_ROWS,
    nextCursor:
      rows.length > TRASH_PAGE_SIZE && last
        ? encodeTrashCursor({ deletedAt: last.deletedAt, id: last.id })
        : null,
    page: cursor ? 1 : page,
    pageSize: TRASH_PAGE_SIZE,
  };
}

// In the index's order: a count with a LIMIT is sorted (by id, unless told), and a sort would
// read the whole trash before the LIMIT stops anything.
const ORDER = [{ deletedAt: "desc" as const }, { id: "asc" as const }];
const COUNT = { where: { deletedAt: { not: null } }, orderBy: ORDER, take: MAX_TRASH_ROWS + 1 };

function pageRead(page: number, cursor: TrashCursor | undefined) {
  return {
    where: { deletedAt: { not: null }, ...(cursor ? after(cursor) : {}) },
    orderBy: ORDER,
    skip: cursor ? 0 : (Math.max(1, page) - 1) * TRASH_PAGE_SIZE,
    // One row more than the page, to know whether another follows.
    take: TRASH_PAGE_SIZE + 1,
  };
}

// Rows after the cursor in (deletedAt DESC, id ASC) order. The plain `lte` is what the index
// can start its scan at; the OR then drops the rows of that same instant up to the cursor's id.
function after({ deletedAt, id }: TrashCursor) {
  return {
    AND: [
      { deletedAt: { lte: deletedAt } },
      { OR: [{ deletedAt: { lt: deletedAt } }, { id: { gt: id } }] },
    ],
  };
}

async function readKind(
  kind: TrashKind,
  read: ReturnType<typeof pageRead>,
  count: typeof COUNT,
): Promise<[TrashItem[], number]> {
  if (kind === "source") {
    const [rows, total] = await Promise.all([
      db.source.findMany({ ...read, select: { id: true, title: true, deletedAt: true } }),
      db.source.count(count),
    ]);
    return [rows.map((row) => item(kind, row.id, row.title, row.deletedAt)), total];
  }
  if (kind === "question") {
    const [rows, total] = await Promise.all([
      db.question.findMany({
        ...read,
        select: {
          id: true,
          measure: true,
          scope: true,
          subject: { select: { name: true } },
          deletedAt: true,
        },
      }),
      db.question.count(count),
    ]);
    return [
      rows.map((row) =>
        item(
          kind,
          row.id,
          `${row.subject.name} — ${row.measure}${row.scope ? ` (${row.scope})` : ""}`,
          row.deletedAt,
        ),
      ),
      total,
    ];
  }
  const [rows, total] = await Promise.all([
    db.claim.findMany({
      ...read,
      select: {
        id: true,
        stated: true,
        deletedAt: true,
        trashedWith: true,
        sourceId: true,
        source: { select: { title: true } },
      },
    }),
    db.claim.count(count),
  ]);
  return [
    rows.map((row) =>
      item(
        kind,
        row.id,
        `“${row.stated}” in ${row.source.title}`,
        row.deletedAt,
        row.trashedWith === row.sourceId ? row.sourceId : null,
      ),
    ),
    total,
  ];
}

function item(
  kind: TrashKind,
  id: string,
  label: string,
  deletedAt: Date | null,
  withSource: string | null = null,
): TrashItem {
  // Every row read has a deletedAt (the where says so); the type cannot know it.
  return { kind, id, label, deletedAt: deletedAt!, withSource };
}
