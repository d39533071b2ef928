import type { PassageSelector } from "./describe-passage";
import { CONTEXT_MAX_CHARS, contextReadFrom } from "./passage-context";
import { SECTION_MAX_CHARS } from "./section-before";

/**
 * A stretch of a source's text, as a page that shows one passage loads it: `start` is where it
 * begins in the whole text (in the same UTF-16 offsets as passages), `atEnd` whether it runs to
 * the text's end.
 */
export interface TextExcerpt {
  start: number;
  text: string;
  atEnd: boolean;
}

/**
 * What a page shows beside a passage: its context and the section heading above it (a claim's
 * page, which reads dates against that heading), or its context only (a comparison).
 */
export type ExcerptReach = "section" | "context";

/**
 * How much text around a passage its page loads. Before: enough for the section heading above it
 * (sectionBefore goes back at most 8,000 characters) and the context (200); after: the context.
 */
export const EXCERPT_BEFORE = 10_000;
export const EXCERPT_AFTER = 1_000;
/** A comparison shows each passage in its context only: it loads this much on each side. */
export const CONTEXT_EXCERPT = 1_000;

// What the page reads around the passage, with room for a word or a run of punctuation at the
// cut: an excerpt with less than this on a side (short of the text's own start or end) would
// not give the same context and section as the whole text.
const READ_BEFORE: Record<ExcerptReach, number> = {
  section: SECTION_MAX_CHARS + 2 * CONTEXT_MAX_CHARS,
  context: 2 * CONTEXT_MAX_CHARS,
};
const READ_AFTER = 2 * CONTEXT_MAX_CHARS;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

type Stored = Pick<PassageSelector, "start" | "end" | "exact"> &
  Partial<Pick<PassageSelector, "prefix" | "suffix">>;

/**
 * The passage's place inside the excerpt, when the excerpt holds it at its stored offsets with
 * its stored quote and the context stored beside it — then nothing elsewhere in the text can
 * fit it better, and the passage resolves where it is stored, as it would in the whole text.
 * Null otherwise (the text changed under it, or the excerpt misses it or the text the page reads
 * around it, such as the start of the passage's line for a section, or a run of blanks and
 * stops before the context that reaches back past the cut): read the whole text.
 */
export function passageInExcerpt(
  excerpt: TextExcerpt,
  passage: Stored,
  reach: ExcerptReach,
): { start: number; end: number } | null {
  const start = passage.start - excerpt.start;
  const end = passage.end - excerpt.start;
  const { text } = excerpt;
  const prefix = passage.prefix ?? "";
  const suffix = passage.suffix ?? "";
  if (start < 0 || end > text.length || start > end) return null;
  if (excerpt.start > 0 && start < READ_BEFORE[reach]) return null;
  if (excerpt.start > 0 && contextReadFrom(text, start) === 0) return null;
  // The section before a passage always takes in the passage's whole line: it must begin inside.
  if (reach === "section" && excerpt.start > 0 && !LINE_BREAK.test(text.slice(0, start)))
    return null;
  if (!excerpt.atEnd && text.length - end < READ_AFTER) return null;
  if (text.slice(start, end) !== passage.exact) return null;
  if (!text.slice(0, start).endsWith(prefix)) return null;
  if (text.slice(end, end + suffix.length) !== suffix) return null;
  return { start, end };
}
