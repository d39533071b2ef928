import type { Snapshot } from "@/lib/history/changed-fields";
import type { QuestionHeader } from "./comparison-types";

/** A question's fields as the history keeps them. */
export function questionSnapshot(question: QuestionHeader & { deletedAt: Date | null }): Snapshot {
  return {
    subject: question.subject.name,
    subjectId: question.subject.id,
    measure: question.measure,
    kind: question.kind,
    unit: question.unit,
    scope: question.scope,
    trashed: question.deletedAt !== null,
  };
}

/** "sumgait pogrom — armenians killed (whole event)": the tie-break of every question list. */
export function sortLabelOf(subject: string, measure: string, scope: string): string {
  return `${subject} — ${measure}${scope ? ` (${scope})` : ""}`.toLowerCase();
}
