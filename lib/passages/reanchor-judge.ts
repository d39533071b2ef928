import { charKept } from "./alignment-map";
import { figureWords, sameFigures } from "./figure-words";
import type { TextRange } from "./find-quote";
import type { StepResult } from "./reanchor-exact";
import type { OldPassage, TextVersions } from "./reanchor-texts";
import { changedWordCounts, wordCount } from "./word-changes";

// Typos aside, a passage stays the same passage with at most a quarter of its words removed and a
// quarter added (at least one of each is always allowed); past that it has been rewritten.
const MAX_CHANGED_WORD_SHARE = 1 / 4;

/**
 * A passage edited where it stands: the diff kept its first and last characters, so the new words
 * between them are the passage, accepted if they pass `judgeEdited`. Undefined when the diff did
 * not keep both edges (the passage moved, or an edit took its first or last word).
 */
export function editedInPlace(versions: TextVersions, passage: OldPassage): StepResult | undefined {
  const { alignment } = versions;
  const { norm, mapped } = passage;
  if (!charKept(alignment, norm.start) || !charKept(alignment, norm.end - 1)) return undefined;
  if (mapped.end <= mapped.start) return undefined;
  return judgeEdited(versions, passage, mapped);
}

/**
 * Accepts `range` of the new folded text as the passage with changes, or says why not: a figure,
 * date or negation changed (orphan), too many words changed or a word cut in two (null).
 */
export function judgeEdited(
  versions: TextVersions,
  passage: OldPassage,
  range: TextRange,
): StepResult {
  const { oldNorm, newNorm } = versions;
  const { norm, quote } = passage;
  // A passage that began and ended at word edges must still do so: a match that ends inside the
  // next word ("European corresp") is an artefact of the search, not the passage.
  if (
    (atWordEdge(oldNorm.text, norm.start) && !atWordEdge(newNorm.text, range.start)) ||
    (atWordEdge(oldNorm.text, norm.end) && !atWordEdge(newNorm.text, range.end))
  ) {
    return null;
  }
  const words = newNorm.text.slice(range.start, range.end);
  if (!sameFigures(quote, words)) return figureChanged(quote, words);
  if (!fewWordsChanged(quote, words)) return null;
  return { found: { start: range.start, end: range.end } };
}

/** True when, typos aside, at most a quarter of the quote's words were removed, and as many added. */
export function fewWordsChanged(quote: string, words: string): boolean {
  const { removed, added } = changedWordCounts(quote, words);
  const allowed = Math.max(1, Math.floor(wordCount(quote) * MAX_CHANGED_WORD_SHARE));
  return removed <= allowed && added <= allowed;
}

/** The orphan for a passage whose words are there but with other figures, naming them. */
export function figureChanged(quote: string, words: string): StepResult {
  const before = figureWords(quote).join(" ") || "—";
  const after = figureWords(words).join(" ") || "—";
  return {
    orphan: "figure-changed",
    message: `A figure in its words changed (${before} → ${after}); the passage must be placed again.`,
  };
}

function atWordEdge(text: string, at: number): boolean {
  return !(WORD_CHAR.test(text.charAt(at - 1)) && WORD_CHAR.test(text.charAt(at)));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
