import { foreignShare } from "./alignment-map";
import { bestCandidates, contextScore, type Candidate } from "./choose-occurrence";
import { findNormalized, type TextRange } from "./find-quote";
import type { OldPassage, TextVersions } from "./reanchor-texts";

/** What a search step decided: a place in the new folded text, an orphan, or nothing yet. */
export type StepResult =
  | { found: TextRange }
  | { orphan: "ambiguous" | "context-changed" | "figure-changed"; message: string }
  | null;

// Words the diff kept from elsewhere in the old text were already there: they are another
// passage's words, not where this one went.
export const MAX_FOREIGN_SHARE = 0.5;

// An exact quote this long is distinctive enough to follow to a new place on its own; a shorter
// one ("26 people") must also bring some of its context or land where its old words went.
const SELF_EVIDENT_LENGTH = 40;

/**
 * Looks for the passage's exact words (folded) in the new text. The place the diff maps them to
 * stands unless another occurrence fits the stored context better; elsewhere, one occurrence must
 * fit the context best, and a short quote must agree with some of its context.
 */
export function findExact(versions: TextVersions, passage: OldPassage): StepResult {
  const { newNorm, alignment } = versions;
  const { quote, norm, mapped, selector } = passage;
  const candidates: Candidate[] = findNormalized(newNorm.text, quote)
    .map((at) => ({ start: at, end: at + quote.length, normStart: at, normEnd: at + quote.length }))
    .filter(
      (c) => foreignShare(alignment, c.start, c.end, norm.start, norm.end) <= MAX_FOREIGN_SHARE,
    );
  if (candidates.length === 0) return null;
  const context = { prefix: selector.prefix, suffix: selector.suffix };
  const { byContext } = bestCandidates(newNorm.text, candidates, context);
  if (mapped.intact) {
    const atMapped = candidates.find((c) => c.normStart === mapped.start);
    if (atMapped && byContext.includes(atMapped)) return { found: rangeOf(atMapped) };
    if (atMapped) {
      return {
        orphan: "ambiguous",
        message: "Its words are still in place, but a copy elsewhere fits their context better.",
      };
    }
  }
  const [only] = byContext;
  if (!only || byContext.length > 1) {
    return {
      orphan: "ambiguous",
      message: `Its words occur ${byContext.length} times in the new text and fit their context equally well.`,
    };
  }
  const overlapsMapped = only.normStart < mapped.end && only.normEnd > mapped.start;
  const agrees = contextScore(newNorm.text, only, context) > 0;
  if (!overlapsMapped && !agrees && quote.length < SELF_EVIDENT_LENGTH) {
    return {
      orphan: "context-changed",
      message: "Its words occur elsewhere in the new text, but nothing around them is as before.",
    };
  }
  return { found: rangeOf(only) };
}

function rangeOf(c: Candidate): TextRange {
  return { start: c.normStart, end: c.normEnd };
}
