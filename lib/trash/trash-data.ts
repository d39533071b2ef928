import "server-only";
import { db } from "@/lib/db/client";
import type { TrashKind } from "./trash-kinds";

export interface TrashItem {
  kind: TrashKind;
  id: string;
  label: string;
  deletedAt: Date;
  /** For a claim that went with its source: that source's id (restore the source instead). */
  withSource: string | null;
}

const PAGE = 50;

/** What is in the trash, most recently trashed first, one kind at a time. */
export async function listTrash(
  kind: TrashKind,
  { page = 1 } = {},
): Promise<{
  items: TrashItem[];
  total: number;
}> {
  const skip = (Math.max(1, page) - 1) * PAGE;
  const where = { deletedAt: { not: null } };
  if (kind === "source") {
    const [rows, total] = await Promise.all([
      db.source.findMany({
        where,
        select: { id: true, title: true, deletedAt: true },
        orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
        skip,
        take: PAGE,
      }),
      db.source.count({ where }),
    ]);
    return {
      items: rows.map((row) => ({
        kind,
        id: row.id,
        label: row.title,
        deletedAt: row.deletedAt!,
        withSource: null,
      })),
      total,
    };
  }
  if (kind === "question") {
    const [rows, total] = await Promise.all([
      db.question.findMany({
        where,
        select: {
          id: true,
          measure: true,
          scope: true,
          subject: { select: { name: true } },
          deletedAt: true,
        },
        orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
        skip,
        take: PAGE,
      }),
      db.question.count({ where }),
    ]);
    return {
      items: rows.map((row) => ({
        kind,
        id: row.id,
        label: `${row.subject.name} — ${row.measure}${row.scope ? ` (${row.scope})` : ""}`,
        deletedAt: row.deletedAt!,
        withSource: null,
      })),
      total,
    };
  }
  const [rows, total] = await Promise.all([
    db.claim.findMany({
      where,
      select: {
        id: true,
        stated: true,
        deletedAt: true,
        trashedWith: true,
        sourceId: true,
        source: { select: { title: true } },
      },
      orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
      skip,
      take: PAGE,
    }),
    db.claim.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      kind,
      id: row.id,
      label: `“${row.stated}” in ${row.source.title}`,
      deletedAt: row.deletedAt!,
      withSource: row.trashedWith === row.sourceId ? row.sourceId : null,
    })),
    total,
  };
}
