import { z } from "zod";
import { MAX_QUERY_CHARS } from "./search-query";
import { decodeSearchCursor } from "./search-cursor";

/** The kinds of record a search finds, in the order results are shown. */
export const SEARCH_KINDS = ["sources", "passages", "questions", "subjects"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Results per kind when every kind is shown at once. */
export const DEFAULT_SEARCH_LIMIT = 5;
/** The most results of one kind a page holds. */
export const MAX_SEARCH_LIMIT = 50;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** ?q=&kind=&limit=&cursor= of the search page and GET /api/v1/search. */
export const SearchParamsSchema = z
  .object({
    q: z
      .string({ error: "q is the words to search for" })
      .trim()
      .min(1, "q is the words to search for")
      // A longer query is cut, not refused; this only stops absurd ones.
      .max(MAX_QUERY_CHARS * 10, "q is too long"),
    kind: z.preprocess(
      blankToUndefined,
      z.enum(SEARCH_KINDS, { error: `kind is one of: ${SEARCH_KINDS.join(", ")}` }).optional(),
    ),
    limit: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "limit must be a number" })
        .int("limit must be a whole number")
        .min(1, "limit is at least 1")
        .max(MAX_SEARCH_LIMIT, `limit is at most ${MAX_SEARCH_LIMIT}`)
        .optional(),
    ),
    cursor: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(400, "cursor is too long")
        .refine(
          (token) => decodeSearchCursor(token) !== null,
          "cursor is not one this search gave out",
        )
        .optional(),
    ),
  })
  .refine((params) => params.cursor === undefined || params.kind !== undefined, {
    message: "a cursor pages one kind: pass kind too",
    path: ["cursor"],
  });

export type SearchParams = z.output<typeof SearchParamsSchema>;
