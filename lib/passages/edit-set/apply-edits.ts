// The ground truth of the edit set: where each passage must be after an edit, computed from the
// edit itself (which characters it replaced, and what kind of change that was), never from the
// re-anchoring code under test.

import { figureWords } from "../figure-words";
import { normalizeQuote } from "../normalize-text";
import type { TextRange } from "../find-quote";

/**
 * What an edit does to the words it touches. `typo`: a word misspelt, corrected, re-cased or
 * re-joined (its letters barely change); `typography`: spaces, line breaks or quote marks only
 * (the words stay the same); `figure`: a number, number word, date or negation changed;
 * `rewrite`: words inserted, deleted or replaced by others.
 */
export type EditEffect = "typo" | "typography" | "figure" | "rewrite";

/** One replacement of `[start, end)` of the old text by `text`. */
export interface Replacement extends TextRange {
  text: string;
  effect: EditEffect;
  /** For a moved paragraph: the old range whose text this insertion carries. */
  movedFrom?: TextRange;
}

/**
 * Where a passage must be after an edit, or why it must be orphaned ("deleted", "rewritten",
 * "figure-changed"); "unclear" when no outcome is right (an edit crosses the passage's edge, or
 * replaces it by the same words), which the generator never keeps.
 */
export type Expected = { anchored: TextRange; changed: boolean } | { orphan: string };

/**
 * Applies non-overlapping replacements (positions in `text`) and says where each passage
 * (a range of `text`) must be afterwards.
 */
export function applyEdits(
  text: string,
  replacements: Replacement[],
  passages: TextRange[],
): { text: string; expected: Expected[] } {
  const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, next] = [sorted[i - 1], sorted[i]];
    if (prev && next && next.start < prev.end)
      throw new Error("edit set: overlapping replacements");
  }
  let edited = "";
  let at = 0;
  for (const r of sorted) {
    edited += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  edited += text.slice(at);
  const inserted = sorted.map((r) => normalizeQuote(r.text));
  const expected = passages.map((p): Expected => {
    const outcome = expectedFor(sorted, text, p);
    // A passage meant to be orphaned whose words (and so perhaps its context) an edit inserts
    // elsewhere may as well have moved there: no outcome is right.
    const quote = normalizeQuote(text.slice(p.start, p.end));
    const copied = "orphan" in outcome && inserted.some((t) => t.includes(quote));
    return copied ? { orphan: "unclear" } : outcome;
  });
  return { text: edited, expected };
}

/**
 * Applies rounds of replacements one after the other (each round's positions are in the text the
 * previous round made): a paragraph corrected, then moved.
 */
export function applyRounds(
  text: string,
  rounds: Replacement[][],
  passages: TextRange[],
): { text: string; expected: Expected[] } {
  let current = text;
  let expected: Expected[] = passages.map((p) => ({ anchored: p, changed: false }));
  for (const round of rounds) {
    const placed = expected.flatMap((e) => ("anchored" in e ? [e.anchored] : []));
    const applied = applyEdits(current, round, placed);
    let next = 0;
    expected = expected.map((e) => {
      if (!("anchored" in e)) return e;
      const after = applied.expected[next++];
      if (!after || !("anchored" in after)) return after ?? e;
      return { anchored: after.anchored, changed: e.changed || after.changed };
    });
    current = applied.text;
  }
  return { text: current, expected };
}

// The policy the expected outcomes follow (lib/passages/README.md): inside a passage, typos and
// typography never orphan it; a changed figure always does; inserted, deleted or replaced words
// orphan it only past a quarter of its words (at least one is always allowed) or if the words
// replaced carried a figure.
function expectedFor(sorted: Replacement[], text: string, passage: TextRange): Expected {
  const { start, end } = passage;
  let changed = false;
  let removed = 0;
  let added = 0;
  for (const r of sorted) {
    // An insertion exactly at a passage's start goes before it; one exactly at its end, after it.
    if (r.end <= start || r.start >= end) continue;
    if (start <= r.start && r.end <= end) {
      const gone = text.slice(r.start, r.end);
      if (r.effect === "figure") return { orphan: "figure-changed" };
      if (r.effect === "typography") continue;
      changed = true;
      if (r.effect === "typo") continue;
      if (figureWords(gone).join(" ") !== figureWords(r.text).join(" ")) {
        return { orphan: "figure-changed" };
      }
      removed += wordCount(gone);
      added += wordCount(r.text);
      continue;
    }
    if (r.start <= start && end <= r.end) {
      const insertion = sorted.find((m) => sameRange(m.movedFrom, r));
      if (insertion) return movedPassage(sorted, insertion, r, passage);
      // Words replaced by the same words cannot be told from words kept: no outcome is right.
      const quote = normalizeQuote(text.slice(start, end));
      if (normalizeQuote(r.text).includes(quote)) return { orphan: "unclear" };
      return { orphan: r.text === "" ? "deleted" : "rewritten" };
    }
    return { orphan: "unclear" };
  }
  const words = wordCount(text.slice(start, end));
  const allowed = Math.max(1, Math.floor(words / 4));
  if (removed >= words) return { orphan: "deleted" };
  if (removed > allowed || added > allowed) return { orphan: "rewritten" };
  return {
    anchored: { start: mapPoint(sorted, start, "start"), end: mapPoint(sorted, end, "end") },
    changed,
  };
}

/** A passage inside a moved paragraph lands inside the insertion that carries it. */
function movedPassage(
  sorted: Replacement[],
  insertion: Replacement,
  removal: Replacement,
  passage: TextRange,
): Expected {
  let at = insertion.start;
  for (const r of sorted) {
    if (r !== insertion && r.end <= insertion.start) at += r.text.length - (r.end - r.start);
  }
  const start = at + passage.start - removal.start;
  return { anchored: { start, end: start + passage.end - passage.start }, changed: false };
}

// Offsets after the edit: a start moves with everything that ends at or before it (insertions
// there included), an end with everything that ends at or before it and starts before it.
function mapPoint(sorted: Replacement[], at: number, side: "start" | "end"): number {
  let shift = 0;
  for (const r of sorted) {
    const before = side === "start" ? r.end <= at : r.end <= at && r.start < at;
    if (before) shift += r.text.length - (r.end - r.start);
  }
  return at + shift;
}

function sameRange(a: TextRange | undefined, b: TextRange): boolean {
  return a !== undefined && a.start === b.start && a.end === b.end;
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
}
