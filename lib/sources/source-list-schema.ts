import { z } from "zod";
import { SOURCE_KINDS } from "./source-kinds";

/** Sources per page of the list, unless asked otherwise. */
export const SOURCE_PAGE_SIZE = 50;
/** The most sources one page returns. */
export const MAX_SOURCE_PAGE_SIZE = 100;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** ?page=&pageSize=&q=&kind=&language= of the sources list and GET /api/v1/sources. */
export const SourceListQuerySchema = z.object({
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
  language: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "use a language code such as en, ru or en-GB")
      .transform((code) => code.toLowerCase())
      .optional(),
  ),
});

export type SourceListQuery = z.output<typeof SourceListQuerySchema>;
