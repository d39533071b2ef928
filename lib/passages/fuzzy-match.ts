import search from "approx-string-match";

import type { TextRange } from "./find-quote";

// A passage is evidence for a figure, so a near match is only worth proposing when it is long
// enough not to be chance and so close that it can only be the same words lightly edited.
const MIN_QUOTE_LENGTH = 20;
const CHARS_PER_ERROR = 20;
const MAX_ERRORS = 16;

/**
 * Near occurrences of a folded quote in folded text, for a passage whose source was lightly
 * edited (a typo fixed): at most one error per 20 characters, and never one that changes a figure.
 */
export function fuzzyOccurrences(normText: string, quote: string): TextRange[] {
  if (quote.length < MIN_QUOTE_LENGTH) return [];
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / CHARS_PER_ERROR));
  const figures = figuresOf(quote);
  const kept: TextRange[] = [];
  // approx-string-match reports only the lowest error count, once per possible end offset, so
  // overlapping reports are one place; keep the one closest in length to the quote.
  const matches = search(normText, quote, maxErrors).sort((a, b) => a.start - b.start);
  for (const match of matches) {
    const range = trimSpaces(normText, match.start, match.end);
    if (range.end <= range.start || figuresOf(normText.slice(range.start, range.end)) !== figures) {
      continue;
    }
    const last = kept.at(-1);
    if (last && range.start < last.end) {
      const lengthGap = (r: TextRange) => Math.abs(r.end - r.start - quote.length);
      if (lengthGap(range) < lengthGap(last)) kept[kept.length - 1] = range;
    } else {
      kept.push(range);
    }
  }
  return kept;
}

function trimSpaces(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && text[s] === " ") s++;
  while (e > s && text[e - 1] === " ") e--;
  return { start: s, end: e };
}

// Digits, number words and the words that bound a number ("more than", "about"): an edit to any
// of them changes what the passage asserts, so it is a different passage, not the same one moved.
const FIGURE =
  /\p{Nd}+|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:hundred|thousand|million|billion|dozen)s?|first|second|third|half|several|many|few|fewer|more|less|over|under|about|around|approximately|nearly|almost|least|most|some|no|none)\b/giu;

function figuresOf(text: string): string {
  return (text.match(FIGURE) ?? []).map((figure) => figure.toLowerCase()).join(" ");
}
