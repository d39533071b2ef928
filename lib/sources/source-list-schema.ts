import { z } from "zod";
import { blankToUndefined, cursorParam } from "@/lib/query-params";
import { LanguageFilterSchema } from "./language-filter";
import { decodeSourceCursor } from "./source-list-cursor";
import { SOURCE_KINDS } from "./source-kinds";

/** Sources per page of the list, unless asked otherwise. */
export const SOURCE_PAGE_SIZE = 50;
/** The most sources one page returns. */
export const MAX_SOURCE_PAGE_SIZE = 100;

/**
 * How deep numbered pages go: a page is read past every row before it, so beyond this many rows
 * the list is followed by its cursor (`nextCursor`), which starts where the last page ended.
 */
export const MAX_PAGED_ROWS = 10_000;

/**
 * ?page=&pageSize=&cursor=&q=&kind=&language= of the sources list and GET /api/v1/sources: a
 * numbered page within the first MAX_PAGED_ROWS sources, or the page after a cursor.
 */
export const SourceListQuerySchema = z
  .object({
    page: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "page must be a number" })
        .int("page must be a whole number")
        .min(1, "page starts at 1")
        .max(100_000, "page is too large")
        .default(1),
    ),
    pageSize: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "pageSize must be a number" })
        .int("pageSize must be a whole number")
        .min(1, "pageSize is at least 1")
        .max(MAX_SOURCE_PAGE_SIZE, `pageSize is at most ${MAX_SOURCE_PAGE_SIZE}`)
        .default(SOURCE_PAGE_SIZE),
    ),
    q: z.preprocess(blankToUndefined, z.string().trim().max(2000, "q is too long").optional()),
    kind: z.preprocess(
      blankToUndefined,
      z.enum(SOURCE_KINDS, { error: `kind is one of: ${SOURCE_KINDS.join(", ")}` }).optional(),
    ),
    language: LanguageFilterSchema,
    cursor: cursorParam(decodeSourceCursor),
  })
  .superRefine((query, ctx) => {
    if (query.cursor && query.page > 1)
      ctx.addIssue({
        code: "custom",
        path: ["page"],
        message: "give a page or a cursor, not both",
      });
    else if ((query.page - 1) * query.pageSize >= MAX_PAGED_ROWS)
      ctx.addIssue({
        code: "custom",
        path: ["page"],
        message: `page is too deep: past the first ${MAX_PAGED_ROWS.toLocaleString("en")} sources, follow nextCursor`,
      });
  });

export type SourceListQuery = z.output<typeof SourceListQuerySchema>;
