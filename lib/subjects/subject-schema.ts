import { z } from "zod";
import { blankToUndefined } from "@/lib/query-params";

/** The most subjects one page of the list returns. */
export const MAX_SUBJECT_PAGE = 100;

// The one message for any limit refused (the list's words before it read a schema).
const LIMIT_RANGE = `limit must be a whole number from 1 to ${MAX_SUBJECT_PAGE}.`;

/**
 * GET /api/v1/subjects?q=&after=&limit= — a page of subjects A to Z; with q, only those whose
 * names hold every word typed (the /questions subject filter's search as a reader types).
 */
export const SubjectListQuerySchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "q is too long").optional()),
  // A name key, as `nextCursor` gave it; longer than any the list hands out is cut, as before.
  after: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((after) => after.slice(0, 400))
      .optional(),
  ),
  limit: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: LIMIT_RANGE })
      .int(LIMIT_RANGE)
      .min(1, LIMIT_RANGE)
      .max(MAX_SUBJECT_PAGE, LIMIT_RANGE)
      .optional(),
  ),
});

export type SubjectListQuery = z.output<typeof SubjectListQuerySchema>;
