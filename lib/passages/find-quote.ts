import { normalizeQuote, normalizeText, toOriginalRange } from "./normalize-text";

/** A range of the source text, in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Every place `exact` occurs in `text`, tolerant of whitespace, quote-style and dash-style
 * differences; offsets are into `text` as stored. Empty when the quote has no words.
 */
export function findQuote(text: string, exact: string): TextRange[] {
  const quote = normalizeQuote(exact);
  const normalized = normalizeText(text);
  return findNormalized(normalized.text, quote).map((start) =>
    toOriginalRange(normalized, start, start + quote.length),
  );
}

/** Offsets in `haystack` where `needle` starts, overlapping occurrences included. */
export function findNormalized(haystack: string, needle: string): number[] {
  if (needle === "") return [];
  const found: number[] = [];
  // Overlapping occurrences are distinct places a quote can refer to ("aba" twice in "ababa").
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}
