import { z } from "zod";
import { blankToUndefined } from "@/lib/query-params";
import { LanguageFilterSchema } from "@/lib/sources/language-filter";
import {
  firstDayAfter,
  firstDayOf,
  parsePublicationDate,
  type PublicationDate,
} from "@/lib/sources/publication-date";
import { MAX_QUERY_CHARS } from "./search-query";
import { decodeSearchCursor } from "./search-cursor";

/** The kinds of record a search finds, in the order results are shown. */
export const SEARCH_KINDS = [
  "sources",
  "passages",
  "claims",
  "questions",
  "subjects",
  "origins",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

// A kind as a person or a program may write it: "source" or "Sources" is "sources".
function kindNamed(value: unknown): unknown {
  const given = blankToUndefined(value);
  if (typeof given !== "string") return given;
  const lower = given.trim().toLowerCase();
  const plural = lower.endsWith("s") ? lower : `${lower}s`;
  return (SEARCH_KINDS as readonly string[]).includes(plural) ? plural : given;
}

/** Results per kind when every kind is shown at once. */
export const DEFAULT_SEARCH_LIMIT = 5;
/** The most results of one kind a page holds. */
export const MAX_SEARCH_LIMIT = 50;

/** ?from= and ?to=: a year, a month or a day, as a source's publication date is written. */
const period = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(40, "use YYYY, YYYY-MM or YYYY-MM-DD")
      .transform((text, ctx): PublicationDate => {
        const parsed = parsePublicationDate(text);
        if (parsed.ok) return parsed.date;
        ctx.addIssue({ code: "custom", message: parsed.reason });
        return z.NEVER;
      })
      .optional(),
  );

/**
 * ?q=&kind=&limit=&cursor=&subject=&language=&from=&to= of the search page and GET
 * /api/v1/search. The filters: a subject (by id) for every kind; a language and a publication
 * period for sources, for passages and claims (their source's), and for questions and origins
 * (any source's that speaks to or relays them), which subjects, having neither, do not pass.
 */
export const SearchParamsSchema = z
  .object({
    q: z
      .string({ error: "q is the words to search for" })
      .trim()
      .min(1, "q is the words to search for")
      // A longer query is cut, not refused; this only stops absurd ones.
      .max(MAX_QUERY_CHARS * 10, "q is too long"),
    kind: z.preprocess(
      kindNamed,
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
    subject: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/, "subject is the id of a subject")
        .optional(),
    ),
    language: LanguageFilterSchema,
    from: period(),
    to: period(),
  })
  .refine((params) => params.cursor === undefined || params.kind !== undefined, {
    message: "a cursor pages one kind: pass kind too",
    path: ["cursor"],
  })
  .refine(
    ({ from, to }) => !from || !to || firstDayOf(from).getTime() < firstDayAfter(to).getTime(),
    { message: "from is after to", path: ["to"] },
  );

export type SearchParams = z.output<typeof SearchParamsSchema>;
