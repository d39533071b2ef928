import type { Span } from "./suggestion-types";

/** A figure or date an editor would record, found in the text by its words. */
export interface AnnotatedFigure {
  /** Words of the text holding the figure ("26 citizens of Armenian nationality"). */
  words: string;
  /** What it counts or dates, for the reader of the annotations. */
  counts: string;
  /** Which occurrence of the words, from 1, when they occur more than once. */
  occurrence?: number;
  /** An editor may record it or not: not needed for recall, not noise when suggested. */
  optional?: boolean;
}

export interface RecallResult {
  /** Figures an editor would record (optional ones left out). */
  annotated: number;
  suggested: number;
  /** Annotated figures that a suggestion overlaps. */
  found: number;
  missed: AnnotatedFigure[];
  /** Suggestions that overlap no annotated figure, optional or not. */
  noise: Span[];
  /** Annotations whose words are not in the text (a broken annotation, not a miss). */
  problems: string[];
}

/** Recall and noise of suggestions against the figures an editor annotated in one text. */
export function measureRecall(
  text: string,
  figures: AnnotatedFigure[],
  suggestions: Span[],
): RecallResult {
  const problems: string[] = [];
  const located: { figure: AnnotatedFigure; span: Span }[] = [];
  for (const figure of figures) {
    const span = locate(text, figure.words, figure.occurrence ?? 1);
    if (span) located.push({ figure, span });
    else
      problems.push(`“${figure.words}” (occurrence ${figure.occurrence ?? 1}) is not in the text`);
  }
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const required = located.filter((l) => !l.figure.optional);
  const missed = required.filter((l) => !suggestions.some((s) => overlaps(s, l.span)));
  return {
    annotated: required.length,
    suggested: suggestions.length,
    found: required.length - missed.length,
    missed: missed.map((l) => l.figure),
    noise: suggestions.filter((s) => !located.some((l) => overlaps(s, l.span))),
    problems,
  };
}

function locate(text: string, words: string, occurrence: number): Span | null {
  let from = 0;
  for (let n = 1; ; n += 1) {
    const at = text.indexOf(words, from);
    if (at === -1) return null;
    if (n === occurrence) return { start: at, end: at + words.length };
    from = at + 1;
  }
}
