import { z } from "zod";
import { QuestionInputSchema } from "@/lib/questions/question-schema";
import { parsePublicationDate } from "@/lib/sources/publication-date";
import { unknownField } from "@/lib/forms/unknown-field";
import { VersionField } from "@/lib/forms/version-field";
import { CLAIM_METHODS, CLAIM_STATUSES } from "./claim-methods";

const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

const finite = z.number({ error: "must be a number" }).finite("must be a finite number");

/** One end of a value: a bare number is an inclusive end ({ "low": 150 } is "at least 150"). */
export const ValueBoundSchema = z.preprocess(
  (value) => (typeof value === "number" ? { value, inclusive: true } : value),
  z
    .object(
      { value: finite, inclusive: z.boolean().default(true) },
      { error: "must be a number, or { value, inclusive }" },
    )
    .nullable(),
);

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((day) => {
    const parsed = parsePublicationDate(day);
    return parsed.ok && parsed.date.precision === "day";
  }, "is not a real day")
  .nullable();

/**
 * An editor's numbers for one claim, kept beside what the parser read. Quantities use low, high
 * and best (null = open end); dates use first and last. A bare number means exactly that figure.
 */
export const ValueOverrideSchema = z.preprocess(
  (value) => (typeof value === "number" ? { low: value, high: value, best: value } : value),
  z
    .strictObject({
      low: ValueBoundSchema.optional(),
      high: ValueBoundSchema.optional(),
      best: finite.nullable().optional(),
      first: isoDay.optional(),
      last: isoDay.optional(),
    })
    .refine((v) => !(v.low && v.high && v.low.value > v.high.value), {
      message: "low is above high",
      path: ["low"],
    })
    .refine((v) => !(v.first && v.last && v.first > v.last), {
      message: "first is after last",
      path: ["first"],
    })
    .refine((v) => Object.values(v).some((field) => field !== undefined), {
      message: "give at least one of low, high, best, first, last",
    }),
);

const exact = z
  .string()
  .max(5000, "the quote is too long (at most 5000 characters)")
  .refine((s) => s.trim().length > 0, "the quote is empty");

const offset = (name: string) =>
  z.int(`${name} must be a whole number`).min(0, `${name} must be 0 or more`);

/**
 * Where the passage is: its exact words (with context to choose among repeats), or offsets —
 * never both, since a client sending both could not know which one was used.
 */
export const QuoteSchema = z
  .strictObject(
    {
      exact: exact.optional(),
      prefix: z.string().max(500, "at most 500 characters").optional(),
      suffix: z.string().max(500, "at most 500 characters").optional(),
      start: offset("start").optional(),
      end: offset("end").optional(),
    },
    { error: unknownField },
  )
  .superRefine((quote, ctx) => {
    const hasOffsets = quote.start !== undefined || quote.end !== undefined;
    if (quote.exact !== undefined && hasOffsets)
      ctx.addIssue({
        code: "custom",
        message: "give the quote as its exact words or as start and end offsets, not both",
      });
    else if (quote.exact === undefined && (quote.start === undefined || quote.end === undefined))
      ctx.addIssue({
        code: "custom",
        message: "give the quote as { exact, prefix?, suffix? } or as { start, end } offsets",
      });
    else if (
      quote.exact === undefined &&
      (quote.prefix !== undefined || quote.suffix !== undefined)
    )
      ctx.addIssue({
        code: "custom",
        message: "prefix and suffix go with exact, not with offsets",
      });
  })
  .transform(
    (
      quote,
    ): { exact: string; prefix?: string; suffix?: string } | { start: number; end: number } =>
      quote.exact !== undefined
        ? { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }
        : { start: quote.start as number, end: quote.end as number },
  );

const optionalText = (max: number) =>
  z.preprocess(
    blankToNull,
    z.string().trim().max(max, `at most ${max} characters`).nullable().optional(),
  );

const asOf = z.preprocess(
  blankToNull,
  z
    .string()
    .refine((value) => parsePublicationDate(value).ok, "use YYYY, YYYY-MM or YYYY-MM-DD")
    .nullable()
    .optional(),
);

const method = z.enum(CLAIM_METHODS, { error: `method is one of: ${CLAIM_METHODS.join(", ")}` });
const status = z.enum(CLAIM_STATUSES, { error: "status is draft or published" });

const claimFields = {
  stated: optionalText(500),
  value: ValueOverrideSchema.nullable().optional(),
  /** Who the source attributes the figure to; empty means the source itself. */
  origin: optionalText(200),
  asOf,
  note: optionalText(2000),
};

/** A new claim: a source, a question (existing or new), the passage, and what it states. */
export const ClaimInputSchema = z
  .strictObject(
    {
      sourceId: z.string({ error: "sourceId is required" }).min(1, "sourceId is required"),
      questionId: z.preprocess(blankToNull, z.string().nullable().optional()),
      question: QuestionInputSchema.optional(),
      quote: QuoteSchema,
      ...claimFields,
      method: method.default("other"),
      status: status.default("published"),
    },
    { error: unknownField },
  )
  .superRefine((input, ctx) => {
    if (!input.questionId === !input.question) {
      ctx.addIssue({
        code: "custom",
        path: ["questionId"],
        message: input.questionId
          ? "give either questionId or a new question, not both"
          : "choose a question, or describe a new one",
      });
    }
  });

/** Changes to a claim; absent fields stay, null clears (a null value removes the override). */
export const ClaimUpdateSchema = z.strictObject(
  {
    questionId: z.string().min(1).optional(),
    ...claimFields,
    // A claim always states something: its words can change but not disappear.
    stated: z
      .string()
      .trim()
      .min(
        1,
        "the stated wording cannot be empty; it is the words of the passage that state the value",
      )
      .max(500, "at most 500 characters")
      .optional(),
    method: method.optional(),
    status: status.optional(),
    /** The version the change was made on; a stale one is refused. */
    version: VersionField,
  },
  { error: unknownField },
);

export type ValueOverrideInput = z.output<typeof ValueOverrideSchema>;
export type QuoteInput = z.output<typeof QuoteSchema>;
export type ClaimInput = z.output<typeof ClaimInputSchema>;
export type ClaimUpdate = z.output<typeof ClaimUpdateSchema>;
