import { changedParts, edgeIsExact, foreignShare } from "./alignment-map";
import { bestCandidates, contextScore } from "./choose-occurrence";
import { figureWords, sameFigures } from "./figure-words";
import type { TextRange } from "./find-quote";
import { nearMatches, type NearMatch } from "./fuzzy-match";
import { MAX_FOREIGN_SHARE, type StepResult } from "./reanchor-exact";
import type { OldPassage, TextVersions } from "./reanchor-texts";
import { changedWordCounts, wordChanges, wordCount } from "./word-changes";

// A near match is the same words lightly edited only when it is long enough not to be chance and
// close enough: at most one character edit in three, and, typos aside, at most a quarter of its
// words removed and a quarter added (at least one of each is always allowed).
const MIN_LENGTH = 10;
const CHARS_PER_ERROR = 3;
const MAX_ERRORS = 64;
const MAX_CHANGED_WORD_SHARE = 1 / 4;
// A long quote found with few errors needs no context to be believed (a moved paragraph).
const SELF_EVIDENT_LENGTH = 40;

/**
 * Looks for the passage's words lightly edited (approx-string-match), first around where the
 * diff put them, then in every part of the new text that changed. A changed figure, a tie, too
 * many changed words or a match with nothing of its old context around it is not accepted.
 */
export function findNear(versions: TextVersions, passage: OldPassage): StepResult {
  const { newNorm, alignment } = versions;
  const { quote, mapped, norm, selector } = passage;
  if (quote.length < MIN_LENGTH) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / CHARS_PER_ERROR));
  const pad = quote.length + maxErrors;
  const own = (m: NearMatch) =>
    foreignShare(alignment, m.start, m.end, norm.start, norm.end) <= MAX_FOREIGN_SHARE;
  let matches = nearMatches(newNorm.text, quote, maxErrors, mapped.start - pad, mapped.end + pad);
  matches = matches.filter(own);
  if (matches.length === 0) {
    matches = windows(changedParts(alignment), pad, newNorm.text.length)
      .flatMap((w) => nearMatches(newNorm.text, quote, maxErrors, w.start, w.end))
      .filter(own);
  }
  const fewest = Math.min(...matches.map((m) => m.errors));
  const tied = matches.filter((m) => m.errors === fewest);
  if (tied.length === 0) return null;
  const context = { prefix: selector.prefix, suffix: selector.suffix };
  const { byContext } = bestCandidates(
    newNorm.text,
    tied.map((m) => ({ ...m, normStart: m.start, normEnd: m.end })),
    context,
  );
  const [chosen] = byContext;
  if (!chosen || byContext.length > 1) {
    return {
      orphan: "ambiguous",
      message: `Its words, lightly edited, fit ${byContext.length} places in the new text equally well.`,
    };
  }
  const overlapsMapped = chosen.start <= mapped.end && chosen.end >= mapped.start;
  const selfEvident = quote.length >= SELF_EVIDENT_LENGTH && chosen.errors * 10 <= quote.length;
  if (!overlapsMapped && !selfEvident && contextScore(newNorm.text, chosen, context) === 0) {
    return {
      orphan: "context-changed",
      message:
        "Words like these occur elsewhere in the new text, but nothing around them is as before.",
    };
  }
  // approx-string-match may stretch or shrink a match by a few letters at an edited edge (it
  // prefers the longest match); where the diff knows exactly where an edge went, that edge wins.
  const exact = (side: "start" | "end") =>
    overlapsMapped && edgeIsExact(alignment, side === "start" ? norm.start : norm.end, side);
  const range = {
    start: exact("start") ? mapped.start : chosen.start,
    end: exact("end") ? mapped.end : chosen.end,
  };
  if (range.end <= range.start) return null;
  // A passage that began and ended at word edges must still do so: a match that ends inside the
  // next word ("European corresp") is an artefact of the search, not the passage.
  const { oldNorm } = versions;
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
  const { removed, added } = changedWordCounts(wordChanges(quote, words));
  const allowed = Math.max(1, Math.floor(wordCount(quote) * MAX_CHANGED_WORD_SHARE));
  return removed <= allowed && added <= allowed;
}

function atWordEdge(text: string, at: number): boolean {
  return !(WORD_CHAR.test(text.charAt(at - 1)) && WORD_CHAR.test(text.charAt(at)));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The orphan for a passage whose words are there but with other figures, naming them. */
export function figureChanged(quote: string, words: string): StepResult {
  const before = figureWords(quote).join(" ") || "none";
  const after = figureWords(words).join(" ") || "none";
  return {
    orphan: "figure-changed",
    message: `A figure in its words changed (${before} → ${after}); the passage must be placed again.`,
  };
}

/** The changed parts of the new text, widened by `pad` on each side and merged where they meet. */
function windows(parts: TextRange[], pad: number, length: number): TextRange[] {
  const merged: TextRange[] = [];
  for (const part of parts) {
    const start = Math.max(0, part.start - pad);
    const end = Math.min(length, part.end + pad);
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}
