import { describe, expectTypeOf, expect, test } from "vitest";
import type { z } from "zod";
import type { RevisionView } from "@/lib/history/history-data";
import type { QuestionPage } from "@/lib/questions/question-data";
import type { SourceDetail } from "@/lib/sources/source-data";
import type { SourceListPage } from "@/lib/sources/source-list-data";
import type { SubjectPage } from "@/lib/subjects/subject-data";
import type { TrashPage } from "@/lib/trash/trash-data";
import type {
  HistorySchema,
  QuestionPageSchema,
  SourcePageSchema,
  SubjectListSchema,
  TrashPageSchema,
} from "./response-schemas";
import { SourceDetailSchema } from "./response-schemas";

// What JSON.stringify makes of a data function's result: dates become ISO strings.
type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

// Checked by `tsc`: a field added to a data function's result and not to its schema (or the
// reverse) breaks the build.
describe("response schemas match what the data functions return", () => {
  test("types", () => {
    expectTypeOf<Json<SourceDetail>>().toEqualTypeOf<z.output<typeof SourceDetailSchema>>();
    expectTypeOf<Json<SourceListPage>>().toEqualTypeOf<z.output<typeof SourcePageSchema>>();
    expectTypeOf<Json<QuestionPage>>().toEqualTypeOf<z.output<typeof QuestionPageSchema>>();
    expectTypeOf<Json<SubjectPage>>().toEqualTypeOf<z.output<typeof SubjectListSchema>>();
    expectTypeOf<Json<{ items: RevisionView[] }>>().toEqualTypeOf<z.output<typeof HistorySchema>>();
    expectTypeOf<Json<TrashPage>>().toEqualTypeOf<z.output<typeof TrashPageSchema>>();
  });

  test("a source as the API sends it parses, one with a missing field does not", () => {
    const source = {
      id: "s1",
      title: "Report",
      publisher: null,
      authors: [],
      url: null,
      published: "1988-03",
      kind: "report",
      language: "en",
      accessed: "2026-01-02",
      archiveUrl: null,
      version: 2,
      createdAt: "2026-01-02T03:04:05.000Z",
      updatedAt: "2026-01-02T03:04:05.000Z",
      text: "Words.",
      textHash: "ab",
      textVersion: 1,
    };
    expect(SourceDetailSchema.safeParse(JSON.parse(JSON.stringify(source))).success).toBe(true);
    const { textHash: _, ...withoutHash } = source;
    expect(SourceDetailSchema.safeParse(withoutHash).success).toBe(false);
  });
});
