import { diffArrays, diffWords } from "diff";

/** One run of a word-level diff between a passage's old and new words. */
export interface WordChange {
  kind: "same" | "removed" | "added";
  text: string;
}

/** The word-level diff of a passage's old words against its new ones, for an editor to review. */
export function wordChanges(oldWords: string, newWords: string): WordChange[] {
  return diffWords(oldWords, newWords).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/**
 * How many words of `oldWords` are removed and how many added in `newWords`, punctuation aside,
 * not counting a word replaced by a spelling of itself (a typo fixed or made: "Peoplc" →
 * "People", "Ame- rican" → "American").
 */
export function changedWordCounts(
  oldWords: string,
  newWords: string,
): { removed: number; added: number } {
  let removed = 0;
  let added = 0;
  let gone: string[] = [];
  let come: string[] = [];
  const settle = () => {
    if (!isRespelling(gone, come)) {
      removed += gone.length;
      added += come.length;
    }
    gone = [];
    come = [];
  };
  for (const change of diffArrays(words(oldWords), words(newWords))) {
    if (change.removed) gone.push(...change.value);
    else if (change.added) come.push(...change.value);
    else settle();
  }
  settle();
  return { removed, added };
}

/** Words in a text: runs of letters, marks and digits. */
export function wordCount(text: string): number {
  return words(text).length;
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

// Word by word, each differs by at most one edit in four letters (at least one edit allowed in a
// word of three letters or more); or,
// split or joined differently ("Armen-ian" → "Armenian"), the letters differ as little.
function isRespelling(before: string[], after: string[]): boolean {
  if (before.length === 0 || after.length === 0) return false;
  if (before.length === after.length && before.every((word, i) => near(word, after[i] ?? ""))) {
    return true;
  }
  return before.length <= 3 && after.length <= 3 && near(before.join(""), after.join(""));
}

function near(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  // One letter of "of" or "a" changed is another word, not a typo.
  const allowed = longer < 3 ? 0 : Math.max(1, Math.floor(longer / 4));
  return editDistance(a.toLowerCase(), b.toLowerCase(), allowed) <= allowed;
}

/** Levenshtein distance of two short words, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
