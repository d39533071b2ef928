import { z } from "zod";
import { blankToUndefined, cursorParam } from "@/lib/query-params";
import { decodeTrashCursor } from "./trash-cursor";

/** The kinds of record the trash holds. */
export const TRASH_KINDS = ["source", "question", "claim"] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

/** Trashed records per page. */
export const TRASH_PAGE_SIZE = 50;

/**
 * How far the trash is paged by number and counted: a numbered page is read past every row before
 * it, and a count reads every row it counts, so past this many the list follows its cursor and
 * says "more than" (a trash is emptied by hand and may grow for years).
 */
export const MAX_TRASH_ROWS = 10_000;

/** ?kind=source|question|claim&page=&cursor= of the trash list (page and API). */
export const TrashQuerySchema = z
  .object({
    kind: z.enum(TRASH_KINDS, { error: "kind is source, question or claim" }).default("source"),
    page: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "page must be a number" })
        .int("page must be a whole number")
        .min(1, "page starts at 1")
        .max(MAX_TRASH_ROWS / TRASH_PAGE_SIZE, {
          error: `page is too deep: past the first ${MAX_TRASH_ROWS.toLocaleString("en")} records, follow nextCursor`,
        })
        .default(1),
    ),
    cursor: cursorParam(decodeTrashCursor),
  })
  .refine((query) => !(query.cursor && query.page > 1), {
    path: ["page"],
    message: "give a page or a cursor, not both",
  });

export type TrashQuery = z.output<typeof TrashQuerySchema>;
