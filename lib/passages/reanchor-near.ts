import { changedParts, charKept, editBoundary, foreignShare } from "./alignment-map";
import { bestCandidates, contextAgrees } from "./choose-occurrence";
import type { TextRange } from "./find-quote";
import { nearMatches, type NearMatch } from "./fuzzy-match";
import { doubtfulMove, stillNearItsPlace, type StepResult } from "./reanchor-exact";
import { judgeEdited } from "./reanchor-judge";
import type { OldPassage, TextVersions } from "./reanchor-texts";

// A near match is worth a look only for a quote long enough not to be chance, and within one
// character edit in three; judgeEdited then decides by words and figures.
const MIN_LENGTH = 10;
const CHARS_PER_ERROR = 3;
const MAX_ERRORS = 64;
// A near match may take in a few letters of its neighbours, never much more: a match that is
// mostly words the diff kept from elsewhere is those words, not this passage lightly edited.
const MAX_FOREIGN_SHARE_NEAR = 0.25;
// A long quote found with few errors needs no context to be believed (a moved paragraph).
const SELF_EVIDENT_LENGTH = 40;

/**
 * Looks for the passage's words lightly edited with approx-string-match: `here`, around where the
 * diff put them (null when there is nothing near enough there), or `anywhere` the new text
 * changed (a moved paragraph). A tie with a copy as close elsewhere, or a match away from where
 * the diff put the words with nothing of their old context around it, is not accepted.
 */
export function findNear(
  versions: TextVersions,
  passage: OldPassage,
  where: "here" | "anywhere",
): StepResult {
  const { newNorm, alignment } = versions;
  const { quote, mapped, norm, selector } = passage;
  if (quote.length < MIN_LENGTH) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / CHARS_PER_ERROR));
  const pad = quote.length + maxErrors;
  const own = (m: NearMatch) =>
    foreignShare(alignment, m.start, m.end, norm.start, norm.end) <= MAX_FOREIGN_SHARE_NEAR;
  const changed = windows(changedParts(alignment), pad, newNorm.text.length);
  const everywhere = (budget: number) =>
    changed.flatMap((w) => nearMatches(newNorm.text, quote, budget, w.start, w.end)).filter(own);
  let pool: NearMatch[];
  let local: NearMatch[] = [];
  if (where === "here") {
    // Where the passage's words were deleted outright there is nothing to look at here.
    if (mapped.end <= mapped.start) return null;
    const near = nearMatches(newNorm.text, quote, maxErrors, mapped.start - pad, mapped.end + pad)
      .filter(own)
      .filter((m) => m.start <= mapped.end && m.end >= mapped.start);
    if (near.length === 0) return null;
    // A copy elsewhere at least as close (a title repeated, one copy corrected and moved) is a
    // rival: the local match stands only if its context fits better than every rival's.
    const budget = Math.min(...near.map((m) => m.errors));
    local = near.filter((m) => m.errors === budget);
    pool = [...local, ...everywhere(budget).filter((m) => !near.some((l) => overlaps(l, m)))];
  } else {
    const found = everywhere(maxErrors);
    pool = found.filter((m) => m.errors === Math.min(...found.map((f) => f.errors)));
  }
  if (pool.length === 0) return null;
  const context = { prefix: selector.prefix, suffix: selector.suffix };
  const { byContext } = bestCandidates(
    newNorm.text,
    pool.map((m) => ({ ...m, normStart: m.start, normEnd: m.end })),
    context,
  );
  const [chosen] = byContext;
  const rivalWins = where === "here" && !local.some((l) => l.start === chosen?.start);
  if (!chosen || byContext.length > 1 || rivalWins) {
    return {
      orphan: "ambiguous",
      message: "Its words, lightly edited, fit more than one place in the new text equally well.",
    };
  }
  const overlapsMapped = chosen.start <= mapped.end && chosen.end >= mapped.start;
  const selfEvident = quote.length >= SELF_EVIDENT_LENGTH && chosen.errors * 10 <= quote.length;
  if (!overlapsMapped && !selfEvident && !contextAgrees(newNorm.text, chosen, context)) {
    return {
      orphan: "context-changed",
      message:
        "Words like these occur elsewhere in the new text, but nothing around them is as before.",
    };
  }
  if (where === "anywhere" && !overlapsMapped && stillNearItsPlace(versions, passage)) {
    return doubtfulMove();
  }
  // approx-string-match may stretch or shrink a match at an edited edge (it prefers the longest
  // match). Where the diff kept the passage's edge character, or an edit starts or ends exactly
  // there and the two edges are close, the diff's edge wins.
  const snap = (side: "start" | "end", found: number, diff: number) => {
    if (!overlapsMapped) return found;
    const edge = side === "start" ? norm.start : norm.end;
    if (charKept(alignment, side === "start" ? edge : edge - 1)) return diff;
    const close = Math.abs(found - diff) <= maxErrors;
    return close && editBoundary(alignment, edge, side) ? diff : found;
  };
  const range = {
    start: snap("start", chosen.start, mapped.start),
    end: snap("end", chosen.end, mapped.end),
  };
  return range.end > range.start ? judgeEdited(versions, passage, range) : null;
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
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
