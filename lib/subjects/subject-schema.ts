import { z } from "zod";
import { blankToUndefined, pageLimit } from "@/lib/query-params";
import { decodeCursor } from "@/lib/questions/question-list-cursor";

/** The most subjects one page of the list returns. */
export const MAX_SUBJECT_PAGE = 100;

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
  // The one message for any limit refused (the list's words before it read a schema).
  limit: pageLimit(MAX_SUBJECT_PAGE),
});

export type SubjectListQuery = z.output<typeof SubjectListQuerySchema>;

/** The questions one page of a subject's matrix shows, unless asked for fewer or more. */
export const MATRIX_PAGE = 50;
/** The most questions one page of a subject's matrix returns. */
export const MAX_MATRIX_PAGE = 100;

/**
 * GET /api/v1/subjects/:id?after=&limit= and the subject's page (?after=): a page of the
 * matrix's questions A to Z by measure and scope, from after the cursor on. The cursor is the
 * question list's in its A-to-Z order, which the matrix shares.
 */
export const SubjectMatrixQuerySchema = z.object({
  after: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(2000, "after is too long")
      .refine(
        (token) => decodeCursor(token)?.order === "label",
        "after is not a cursor this matrix gave out",
      )
      .optional(),
  ),
  limit: pageLimit(MAX_MATRIX_PAGE),
});

export type SubjectMatrixQuery = z.output<typeof SubjectMatrixQuerySchema>;
