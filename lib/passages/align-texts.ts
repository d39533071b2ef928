import { alignTokens, type Budget } from "./align-tokens";

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
// the length of the text; only the sentences that changed are diffed again word by word. The
// comparisons are counted: past the budget a part is left as one change, and its passages are
// found by searching instead. Two texts of a few hundred kilobytes with hundreds of edits use
// well under a tenth of it.
const COMPARISON_BUDGET = 50_000_000;

/**
 * Aligns two folded texts (see normalize-text.ts): the stretches a diff keeps, sentence by
 * sentence and then word by word inside the sentences that changed.
 */
export function alignTexts(oldText: string, newText: string): Alignment {
  const kept: KeptStretch[] = [];
  const shared = atWordStarts(oldText, commonEdges(oldText, newText));
  push(kept, 0, 0, shared.prefix);
  const oldMiddle = oldText.slice(shared.prefix, oldText.length - shared.suffix);
  const newMiddle = newText.slice(shared.prefix, newText.length - shared.suffix);
  const budget: Budget = { left: COMPARISON_BUDGET };
  const base = shared.prefix;
  const end = { oldStart: oldMiddle.length, newStart: newMiddle.length, length: 0 };
  let oldAt = 0;
  let newAt = 0;
  for (const run of [...keptStretches(sentences(oldMiddle), sentences(newMiddle), budget), end]) {
    // Between two runs of kept sentences: the sentences that changed, aligned word by word.
    const oldGap = oldMiddle.slice(oldAt, run.oldStart);
    const newGap = newMiddle.slice(newAt, run.newStart);
    if (oldGap !== "" && newGap !== "") {
      // The letters both ends of the gap share are kept as they are (a word edited at its end
      // keeps its start); the rest is aligned word by word.
      const edges = commonEdges(oldGap, newGap);
      push(kept, base + oldAt, base + newAt, edges.prefix);
      const oldInner = oldGap.slice(edges.prefix, oldGap.length - edges.suffix);
      const newInner = newGap.slice(edges.prefix, newGap.length - edges.suffix);
      for (const w of keptStretches(wordsOf(oldInner), wordsOf(newInner), budget)) {
        const at = edges.prefix;
        push(kept, base + oldAt + at + w.oldStart, base + newAt + at + w.newStart, w.length);
      }
      push(
        kept,
        base + run.oldStart - edges.suffix,
        base + run.newStart - edges.suffix,
        edges.suffix,
      );
    }
    push(kept, base + run.oldStart, base + run.newStart, run.length);
    oldAt = run.oldStart + run.length;
    newAt = run.newStart + run.length;
  }
  push(kept, oldText.length - shared.suffix, newText.length - shared.suffix, shared.suffix);
  return { kept, oldLength: oldText.length, newLength: newText.length };
}

/** The token runs two token lists share, as character stretches of the joined tokens. */
function keptStretches(oldTokens: string[], newTokens: string[], budget: Budget): KeptStretch[] {
  const oldOffsets = offsets(oldTokens);
  const newOffsets = offsets(newTokens);
  return alignTokens(oldTokens, newTokens, budget)
    .sort((x, y) => x.oldStart - y.oldStart)
    .map((run) => {
      const oldStart = oldOffsets[run.oldStart] ?? 0;
      return {
        oldStart,
        newStart: newOffsets[run.newStart] ?? 0,
        length: (oldOffsets[run.oldStart + run.length] ?? 0) - oldStart,
      };
    });
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

// The shared start and end of the two texts are cut back to a word start when one is near, so
// that the first and last sentences left to diff are whole words in both texts ("figure. Four"
// must not become "figure" + ". Four" because the other text has "Inserted. Four").
function atWordStarts(text: string, edges: { prefix: number; suffix: number }): typeof edges {
  let { prefix, suffix } = edges;
  const p = text.lastIndexOf(" ", prefix - 1);
  if (prefix > 0 && p !== -1 && prefix - (p + 1) <= NEAR) prefix = p + 1;
  const start = text.length - suffix;
  const s = text.indexOf(" ", start);
  if (suffix > 0 && s !== -1 && s + 1 - start <= NEAR) suffix = text.length - (s + 1);
  return { prefix, suffix };
}

const NEAR = 64;

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

/** Start offset of each token in the joined tokens, and the total length last. */
function offsets(tokens: string[]): number[] {
  const at = [0];
  for (const token of tokens) at.push((at.at(-1) ?? 0) + token.length);
  return at;
}

// A sentence runs to its closing punctuation, any closing quotes or brackets, and the space after.
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]+["')\]]* )/).filter((s) => s !== "");
}

function wordsOf(text: string): string[] {
  return text.match(/[^ ]+ *| +/g) ?? [];
}
