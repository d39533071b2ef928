// Offsets throughout lib/passages are JavaScript string indices (UTF-16 code units) into the
// source text exactly as stored, which is what a browser selection maps to and what
// String.prototype.slice takes. A character outside the Basic Multilingual Plane counts as two.

/** Text folded for matching, with a map from each folded character back to the original text. */
export interface NormalizedText {
  /** Whitespace runs as one space, curly quotes straight, dashes as "-", invisible characters dropped. */
  text: string;
  /** `starts[i]` is the offset in the original text of the character folded into `text[i]`. */
  starts: number[];
  /** Length of the original text, so a range ending in trailing whitespace can be mapped back. */
  originalLength: number;
}

/** Folds text so that whitespace, quote-style and dash-style differences do not matter. */
export function normalizeText(original: string): NormalizedText {
  const parts: string[] = [];
  const starts: number[] = [];
  let inWhitespace = false;
  for (let i = 0; i < original.length; i++) {
    const char = original.charAt(i);
    // Invisible characters vanish in copy and paste, so a quote typed or pasted without them
    // must still match. They do not end a whitespace run either.
    if (IGNORABLE.has(char)) continue;
    if (WHITESPACE.test(char)) {
      if (!inWhitespace) {
        parts.push(" ");
        starts.push(i);
      }
      inWhitespace = true;
      continue;
    }
    inWhitespace = false;
    parts.push(FOLDED.get(char) ?? char);
    starts.push(i);
  }
  return { text: parts.join(""), starts, originalLength: original.length };
}

/** Maps a range of folded text back to the range of the original text it came from. */
export function toOriginalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { text, starts, originalLength } = normalized;
  const originalStart = starts[start] ?? originalLength;
  if (end <= start) return { start: originalStart, end: originalStart };
  const last = end - 1;
  // A folded space stands for a whole whitespace run, which ends where the next character begins;
  // any other folded character stands for exactly one code unit.
  const originalEnd =
    text.charAt(last) === " "
      ? (starts[end] ?? originalLength)
      : (starts[last] ?? originalLength - 1) + 1;
  return { start: originalStart, end: originalEnd };
}

/** Folds a quote for searching: its leading and trailing whitespace is not significant. */
export function normalizeQuote(quote: string): string {
  return normalizeText(quote).text.trim();
}

/** Narrows a range of the original text past whitespace and invisible characters at its edges. */
export function trimRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charAt(s))) s++;
  while (e > s && isBlank(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

function isBlank(char: string): boolean {
  return IGNORABLE.has(char) || WHITESPACE.test(char);
}

// JavaScript's \s already covers U+00A0, the U+2000 spaces, U+202F and the line separators.
const WHITESPACE = /\s/;

// Soft hyphen, zero-width space/non-joiner/joiner, word joiner and the byte-order mark.
const IGNORABLE = new Set(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]);

// Each entry folds one code unit to one code unit, which keeps the offset map one-to-one.
const FOLDED = new Map<string, string>([
  ...[..."\u2018\u2019\u201a\u201b\u2032"].map((c): [string, string] => [c, "'"]),
  ...[..."\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"].map((c): [string, string] => [c, '"']),
  ...[..."\u2010\u2011\u2012\u2013\u2014\u2015\u2212"].map((c): [string, string] => [c, "-"]),
]);
