import { z } from "zod";
import { QUESTION_KINDS } from "@/lib/questions/question-kinds";
import { SOURCE_KINDS } from "@/lib/sources/source-kinds";
import { MAX_TRASH_ROWS, TRASH_KINDS } from "@/lib/trash/trash-kinds";

// What the API answers, for the OpenAPI document. The data functions return TypeScript types,
// not zod schemas; response-schemas.test.ts checks these against those types, so the two cannot
// drift apart unnoticed. `.meta({ id })` makes each a named component of the document.

const dateTime = z.iso.datetime();

/** The body of every 4xx and 5xx answer of the API. */
export const ErrorBodySchema = z
  .object({
    error: z
      .object({
        code: z.string().meta({ description: "Stable, machine-readable; see the error table." }),
        message: z.string().meta({ description: "A sentence for people; may change." }),
        fields: z
          .record(z.string(), z.array(z.string()))
          .optional()
          .meta({ description: "For input errors: the messages of each field at fault." }),
      })
      .catchall(z.unknown()),
  })
  .meta({ id: "ErrorBody" });

/** 409 version_conflict: the version the writer read and the record as it is now. */
export const VersionConflictSchema = z
  .object({
    error: z
      .object({
        code: z.literal("version_conflict"),
        message: z.string(),
        yourVersion: z.int().optional(),
        currentVersion: z.int(),
        current: z.record(z.string(), z.unknown()),
      })
      .catchall(z.unknown()),
  })
  .meta({ id: "VersionConflict" });

export const SourceSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    authors: z.array(z.string()),
    url: z.string().nullable(),
    published: z.string().nullable().meta({ description: '"2020", "2020-02" or "2024-02-29"' }),
    kind: z.enum(SOURCE_KINDS),
    language: z.string().nullable(),
    accessed: z.iso
      .date()
      .meta({ description: "The day the editor read it; the day it was added unless set" }),
    archiveUrl: z.string().nullable().meta({ description: "A web archive's copy of url" }),
    version: z.int(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: "SourceSummary" });

export const SourceDetailSchema = SourceSummarySchema.extend({
  text: z.string(),
  textHash: z.string().meta({ description: "SHA-256 of the text, hex" }),
  textVersion: z.int().meta({ description: "Which version of the text this is (1 when added)" }),
}).meta({ id: "SourceDetail" });

export const SourcePageSchema = z
  .object({
    items: z.array(SourceSummarySchema.extend({ claimCount: z.int() })),
    total: z.int().meta({
      description:
        "How many sources match; filtered by `q`, `kind` or `language`, counted up to 1,000 (see totalCapped)",
    }),
    totalCapped: z.boolean().meta({
      description: "True when the list was filtered and more than `total` sources match",
    }),
    nextCursor: z.string().nullable().meta({
      description:
        "Pass as `cursor` for the next page, however deep (numbered pages stop at the first 10,000 sources); null on the last page",
    }),
    page: z.int(),
    pageSize: z.int(),
  })
  .meta({ id: "SourcePage" });

const QuestionHeaderSchema = z.object({
  id: z.string(),
  measure: z.string(),
  kind: z.enum(QUESTION_KINDS),
  unit: z.string().nullable(),
  scope: z.string(),
  subject: z.object({ id: z.string(), name: z.string() }),
});

const VERDICTS = ["agree", "diverge", "single", "none"] as const;

export const QuestionListItemSchema = QuestionHeaderSchema.extend({
  verdict: z.object({
    status: z.enum(VERDICTS),
    summary: z.string(),
    divergence: z.number(),
    clusters: z.int(),
    independentOrigins: z.int(),
    computedAt: dateTime,
  }),
  claimCount: z.int(),
  sourceCount: z.int(),
}).meta({ id: "QuestionListItem" });

export const QuestionPageSchema = z
  .object({
    items: z.array(QuestionListItemSchema),
    total: z.int(),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` for the next page; null on the last one." }),
  })
  .meta({ id: "QuestionPage" });

export const SubjectListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string().nullable(),
        questionCount: z.int(),
        verdicts: z.record(z.enum(VERDICTS), z.int()),
      }),
    ),
    nextCursor: z.string().nullable().meta({ description: "The next page's `after`, if any" }),
  })
  .meta({ id: "SubjectList" });

export const RevisionSchema = z
  .object({
    version: z.int(),
    action: z.enum(["create", "update", "trash", "restore", "purge"]),
    actorName: z.string(),
    at: dateTime,
    changed: z.array(z.string()),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: "Revision" });

export const HistorySchema = z
  .object({ items: z.array(RevisionSchema) })
  .meta({ id: "History", description: "Newest first, at most 100; page back with ?before=." });

export const TrashPageSchema = z
  .object({
    items: z.array(
      z.object({
        kind: z.enum(TRASH_KINDS),
        id: z.string(),
        label: z.string(),
        deletedAt: dateTime,
        withSource: z.string().nullable(),
      }),
    ),
    total: z.int(),
    totalCapped: z.boolean(),
    nextCursor: z.string().nullable(),
    page: z.int(),
    pageSize: z.int(),
  })
  .meta({
    id: "TrashPage",
    description: `Counted up to ${MAX_TRASH_ROWS.toLocaleString("en")} (totalCapped: more); numbered pages within those, then follow nextCursor.`,
  });

/** A record whose fields are described in words (the claim, the comparison, the matrix). */
export function described(id: string, description: string) {
  return z.record(z.string(), z.unknown()).meta({ id, description });
}
