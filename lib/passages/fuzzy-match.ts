import search from "approx-string-match";

import { sameFigures } from "./figure-words";
import type { TextRange } from "./find-quote";

// A passage is evidence for a figure, so a near match is only worth proposing when it is long
// enough not to be chance and so close that it can only be the same words lightly edited.
const MIN_QUOTE_LENGTH = 20;
const CHARS_PER_ERROR = 20;
const MAX_ERRORS = 16;

/** A place a quote nearly occurs, with its number of edits (insertions, deletions, substitutions). */
export interface NearMatch extends TextRange {
  errors: number;
}

/**
 * Near occurrences of a folded quote in folded text, for a passage whose source was lightly
 * edited (a typo fixed): at most one error per 20 characters, and never one that changes a figure.
 */
export function fuzzyOccurrences(normText: string, quote: string): TextRange[] {
  if (quote.length < MIN_QUOTE_LENGTH) return [];
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / CHARS_PER_ERROR));
  return nearMatches(normText, quote, maxErrors)
    .filter((m) => sameFigures(quote, normText.slice(m.start, m.end)))
    .map(({ start, end }) => ({ start, end }));
}

/**
 * The distinct places in `normText[from, to)` where a folded quote occurs with the fewest errors
 * found there, if at most `maxErrors`; offsets are into `normText`, blank edges trimmed.
 */
export function nearMatches(
  normText: string,
  quote: string,
  maxErrors: number,
  from = 0,
  to = normText.length,
): NearMatch[] {
  const lo = Math.max(0, Math.floor(from));
  const hi = Math.min(normText.length, Math.floor(to));
  if (quote === "" || !(maxErrors >= 0) || !(lo < hi)) return [];
  const kept: NearMatch[] = [];
  // approx-string-match reports only the lowest error count, once per possible end offset, so
  // overlapping reports are one place; keep the one whose edges read like the quote's.
  const matches = search(normText.slice(lo, hi), quote, Math.floor(maxErrors)).sort(
    (a, b) => a.start - b.start,
  );
  for (const match of matches) {
    const range = trimSpaces(normText, lo + match.start, lo + match.end);
    if (range.end <= range.start) continue;
    const found = { ...range, errors: match.errors };
    const last = kept.at(-1);
    if (last && found.start < last.end) {
      if (better(normText, quote, found, last)) kept[kept.length - 1] = found;
    } else {
      kept.push(found);
    }
  }
  return kept;
}

// Of two equally close matches at one place, the one that begins and ends with the quote's own
// first and last characters ("Zealancl." rather than "Zealancl" for "Zealand."), then the one
// closest in length to the quote.
function better(text: string, quote: string, a: NearMatch, b: NearMatch): boolean {
  const edges = (r: TextRange) =>
    Number(text[r.start] === quote[0]) + Number(text[r.end - 1] === quote[quote.length - 1]);
  if (edges(a) !== edges(b)) return edges(a) > edges(b);
  const lengthGap = (r: TextRange) => Math.abs(r.end - r.start - quote.length);
  return lengthGap(a) < lengthGap(b);
}

function trimSpaces(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && text[s] === " ") s++;
  while (e > s && text[e - 1] === " ") e--;
  return { start: s, end: e };
}
