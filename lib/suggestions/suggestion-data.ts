import "server-only";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { inTransaction, lockRow } from "@/lib/db/transaction";
import { referenceOf } from "@/lib/claims/claim-value";
import { readingLanguage } from "@/lib/claims/reading-language";
import type { Actor } from "@/lib/history/actor";
import type { QuestionHeader } from "@/lib/questions/comparison-types";
import { questionHeaderSelect } from "@/lib/questions/question-select";
import { formatPublicationIso, fromStored } from "@/lib/sources/publication-date";
import { suggestFigures } from "./suggest-figures";
import type { Suggestion } from "./suggestion-types";

/** Questions matched against a text's figures; more than this and the oldest are left out. */
const MAX_QUESTIONS = 1000;

/** A source's suggested figures, with the questions they name (for labels). */
export interface SourceSuggestions {
  sourceId: string;
  /** The language the text was read in ("en", "es", …), given or detected. */
  language: string | null;
  items: Suggestion[];
  /** Every question some suggestion may answer, to show it as "subject — measure (scope)". */
  questions: QuestionHeader[];
}

/**
 * Every figure and date of a live source's text an editor may want to record, marked when
 * already recorded (a live claim's passage overlaps it) or dismissed on this source. Null when
 * there is no such source. Slow on long texts (seconds): run on request, not on every view.
 */
export async function listSuggestions(sourceId: string): Promise<SourceSuggestions | null> {
  if (!isRecordId(sourceId)) return null;
  const source = await db.source.findFirst({
    where: { id: sourceId, deletedAt: null },
    select: { id: true, text: true, language: true, publishedOn: true, publishedPrecision: true },
  });
  if (!source) return null;
  const [questions, passages, dismissals] = await Promise.all([
    db.question.findMany({
      where: { deletedAt: null },
      select: questionHeaderSelect,
      orderBy: { createdAt: "desc" },
      take: MAX_QUESTIONS,
    }),
    db.passage.findMany({
      where: { sourceId, claim: { deletedAt: null } },
      select: { start: true, end: true },
    }),
    db.suggestionDismissal.findMany({ where: { sourceId }, select: { key: true } }),
  ]);
  const published =
    source.publishedOn && source.publishedPrecision
      ? formatPublicationIso(fromStored(source.publishedOn, source.publishedPrecision))
      : null;
  const language = readingLanguage(source.language, source.text);
  const items = suggestFigures(source.text, {
    language,
    reference: referenceOf(published),
    questions: questions.map((q) => ({
      id: q.id,
      subject: q.subject.name,
      measure: q.measure,
      scope: q.scope,
      kind: q.kind,
    })),
    recorded: passages,
    dismissed: dismissals.map((d) => d.key),
  });
  const named = new Set(items.flatMap((item) => item.questions.map((m) => m.questionId)));
  return {
    sourceId,
    language,
    items,
    questions: questions.filter((q) => named.has(q.id)),
  };
}

/**
 * Remembers that an editor dismissed a suggestion on a source, so it is shown as dismissed from
 * then on. Dismissing twice is not an error. False when there is no live source with that id.
 */
export async function dismissSuggestion(
  sourceId: string,
  key: string,
  actor: Actor,
): Promise<{ ok: true; created: boolean } | { ok: false }> {
  if (!isRecordId(sourceId)) return { ok: false };
  return inTransaction(async (tx) => {
    if (!(await lockRow(tx, "Source", sourceId, "FOR SHARE"))) return { ok: false as const };
    const live = await tx.source.findFirst({
      where: { id: sourceId, deletedAt: null },
      select: { id: true },
    });
    if (!live) return { ok: false as const };
    // ON CONFLICT DO NOTHING: two editors dismissing at once both succeed, one row is kept.
    const { count } = await tx.suggestionDismissal.createMany({
      data: [{ sourceId, key, actorName: actor.name }],
      skipDuplicates: true,
    });
    return { ok: true as const, created: count === 1 };
  });
}
