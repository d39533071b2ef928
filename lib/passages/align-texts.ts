import { diffArrays } from "diff";

/** A stretch of text the diff keeps: old `[oldStart, oldStart + length)` reads as new `[newStart, …)`. */
export interface KeptStretch {
  oldStart: number;
  newStart: number;
  length: number;
}

/** How an old folded text became a new one: what was kept, in order in both texts. */
export interface Alignment {
  kept: KeptStretch[];
  oldLength: number;
  newLength: number;
}

// Diffing sentences first keeps the work proportional to the number of edited sentences, not to
// the length of the text; only the sentences that changed are diffed again word by word. Past
// these sizes a part is left as one change: its passages are then found by searching instead.
const MAX_SENTENCE_EDITS = 4_000;
const MAX_WORD_EDITS = 1_000;
const MAX_WORD_TOKENS = 20_000;

/**
 * Aligns two folded texts (see normalize-text.ts): the stretches a diff keeps, sentence by
 * sentence and then word by word inside the sentences that changed.
 */
export function alignTexts(oldText: string, newText: string): Alignment {
  const kept: KeptStretch[] = [];
  const shared = commonEdges(oldText, newText);
  push(kept, 0, 0, shared.prefix);
  const oldMiddle = oldText.slice(shared.prefix, oldText.length - shared.suffix);
  const newMiddle = newText.slice(shared.prefix, newText.length - shared.suffix);
  alignTokens(kept, sentences(oldMiddle), sentences(newMiddle), shared.prefix, shared.prefix, true);
  push(kept, oldText.length - shared.suffix, newText.length - shared.suffix, shared.suffix);
  return { kept, oldLength: oldText.length, newLength: newText.length };
}

function alignTokens(
  kept: KeptStretch[],
  oldTokens: string[],
  newTokens: string[],
  oldAt: number,
  newAt: number,
  bySentence: boolean,
): void {
  const changes = diffArrays(oldTokens, newTokens, {
    maxEditLength: bySentence ? MAX_SENTENCE_EDITS : MAX_WORD_EDITS,
  });
  if (!changes) return;
  let oldPos = oldAt;
  let newPos = newAt;
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (bySentence && removed.length > 0 && added.length > 0) {
      const oldWords = removed.flatMap(words);
      const newWords = added.flatMap(words);
      if (oldWords.length <= MAX_WORD_TOKENS && newWords.length <= MAX_WORD_TOKENS) {
        alignTokens(kept, oldWords, newWords, oldPos, newPos, false);
      }
    }
    oldPos += totalLength(removed);
    newPos += totalLength(added);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      const length = totalLength(change.value);
      push(kept, oldPos, newPos, length);
      oldPos += length;
      newPos += length;
    }
  }
  flush();
}

/** Appends a kept stretch, merging it with the previous one when they touch in both texts. */
function push(kept: KeptStretch[], oldStart: number, newStart: number, length: number): void {
  if (length <= 0) return;
  const last = kept.at(-1);
  if (
    last &&
    last.oldStart + last.length === oldStart &&
    last.newStart + last.length === newStart
  ) {
    last.length += length;
  } else {
    kept.push({ oldStart, newStart, length });
  }
}

function commonEdges(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { prefix, suffix };
}

// A sentence runs to its closing punctuation, any closing quotes or brackets, and the space after.
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]+["')\]]* )/).filter((s) => s !== "");
}

function words(text: string): string[] {
  return text.match(/[^ ]+ *| +/g) ?? [];
}

function totalLength(tokens: string[]): number {
  return tokens.reduce((sum, token) => sum + token.length, 0);
}
