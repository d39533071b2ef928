import { foreignShare } from "./alignment-map";
import { bestCandidates, contextAgrees, type Candidate } from "./choose-occurrence";
import { findNormalized, type TextRange } from "./find-quote";
import { nearMatches } from "./fuzzy-match";
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
 * Looks for the passage's exact words (folded) in the new text, for a passage the diff did not
 * keep in place (its paragraph moved, or an edit touched it). One occurrence must fit the stored
 * context best; a short quote must also agree with some of its context or lie where the diff put
 * its old words.
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
  const [only] = byContext;
  if (!only || byContext.length > 1) {
    return {
      orphan: "ambiguous",
      message: `Its words occur ${byContext.length} times in the new text and fit their context equally well.`,
    };
  }
  const overlapsMapped = only.normStart < mapped.end && only.normEnd > mapped.start;
  const agrees = contextAgrees(newNorm.text, only, context);
  if (!overlapsMapped && !agrees && quote.length < SELF_EVIDENT_LENGTH) {
    return {
      orphan: "context-changed",
      message: "Its words occur elsewhere in the new text, but nothing around them is as before.",
    };
  }
  if (!overlapsMapped && stillNearItsPlace(versions, passage)) return doubtfulMove();
  return { found: rangeOf(only) };
}

/**
 * True when words within a third of the passage's (in character edits) are still right around
 * where the diff put its old words, whoever the diff says they came from: a diff can credit a
 * passage's own words, between repeated boilerplate ("… Encyclopaedia of New Zealand. Retrieved
 * 7 January 2011."), to a neighbour. A copy found far away is then no evidence of a move.
 */
export function stillNearItsPlace(versions: TextVersions, passage: OldPassage): boolean {
  const { quote, mapped } = passage;
  if (mapped.end <= mapped.start) return false;
  const maxErrors = Math.floor(quote.length / 3);
  const pad = quote.length + maxErrors + NEIGHBOURHOOD;
  return (
    nearMatches(versions.newNorm.text, quote, maxErrors, mapped.start - pad, mapped.end + pad)
      .length > 0
  );
}

/** The orphan for a passage found far away while its place still holds words like its own. */
export function doubtfulMove(): StepResult {
  return {
    orphan: "ambiguous",
    message:
      "Its words occur elsewhere in the new text, but words like them are still where it was.",
  };
}

const NEIGHBOURHOOD = 64;

function rangeOf(c: Candidate): TextRange {
  return { start: c.normStart, end: c.normEnd };
}
