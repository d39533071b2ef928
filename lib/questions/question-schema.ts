import { z } from "zod";
import { blankToUndefined } from "@/lib/query-params";
import { unknownField } from "@/lib/forms/unknown-field";
import { VersionField } from "@/lib/forms/version-field";
import { QUESTION_KINDS } from "./question-kinds";
import { decodeCursor, QUESTION_ORDERS } from "./question-list-cursor";

const name = (what: string, max = 200) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} is too long (at most ${max} characters)`);

/** A question to find or create: "Sumgait pogrom" × "Armenians killed", scope "whole event". */
export const QuestionInputSchema = z.strictObject(
  {
    subject: name("the subject"),
    measure: name("the measure"),
    kind: z.enum(QUESTION_KINDS, { error: `kind is one of: ${QUESTION_KINDS.join(", ")}` }),
    unit: z.preprocess(blankToUndefined, name("the unit", 50).optional()),
    scope: z.preprocess(blankToUndefined, name("the scope").optional()),
  },
  { error: unknownField },
);

export type QuestionInput = z.output<typeof QuestionInputSchema>;

/**
 * Filters of the question list (page and API): ?subject=<id>&verdict=diverge&order=label&cursor=…&limit=50;
 * `q` instead searches "subject — measure (scope)" for pickers (GET /api/v1/questions?q=…).
 */
export const QuestionFilterSchema = z
  .object({
    cursor: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(2000, "cursor is too long")
        .refine((token) => decodeCursor(token) !== null, "cursor is not one this list gave out")
        .optional(),
    ),
    limit: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "limit must be a number" })
        .int("limit must be a whole number")
        .min(1, "limit is at least 1")
        .max(100, "limit is at most 100")
        .optional(),
    ),
    subject: z.preprocess(blankToUndefined, z.string().max(100).optional()),
    q: z.preprocess(blankToUndefined, z.string().trim().max(200, "q is too long").optional()),
    verdict: z.preprocess(
      blankToUndefined,
      z
        .enum(["agree", "diverge", "single", "none"], {
          error: "verdict is one of: agree, diverge, single, none",
        })
        .optional(),
    ),
    order: z.preprocess(
      blankToUndefined,
      z
        .enum(QUESTION_ORDERS, { error: `order is one of: ${QUESTION_ORDERS.join(", ")}` })
        .default("divergent"),
    ),
  })
  .refine((filter) => !filter.cursor || decodeCursor(filter.cursor)?.order === filter.order, {
    path: ["cursor"],
    message: "this cursor pages the other order: pass the order it came from",
  });

/** A change to a question's wording; its kind stays, as its claims' values depend on it. */
export const QuestionUpdateSchema = z.strictObject(
  {
    measure: name("the measure").optional(),
    scope: z.preprocess(
      (value) => (value === null ? "" : value),
      z.string().trim().max(200, "the scope is too long (at most 200 characters)").optional(),
    ),
    unit: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : value),
      name("the unit", 50).nullable().optional(),
    ),
    version: VersionField,
  },
  { error: unknownField },
);

export type QuestionUpdate = z.output<typeof QuestionUpdateSchema>;
