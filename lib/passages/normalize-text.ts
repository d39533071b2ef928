// Offsets throughout lib/passages are JavaScript string indices (UTF-16 code units) into the
// source text exactly as stored, which is what a browser selection maps to and what
// String.prototype.slice takes. A character outside the Basic Multilingual Plane counts as two.

/** Text folded for matching, with a map from each folded character back to the original text. */
export interface NormalizedText {
  /** Whitespace runs as one space, curly quotes straight, dashes as "-", invisible characters dropped. */
  text: string;
  /** `starts[i]` is the offset in the original text of the character folded into `text[i]`. */
  starts: Int32Array;
  /** Length of the original text, so a range ending in trailing whitespace can be mapped back. */
  originalLength: number;
}

/** Folds text so that whitespace, quote-style and dash-style differences do not matter. */
export function normalizeText(original: string): NormalizedText {
  // Char codes and a lookup table rather than per-character strings: a text of a few hundred
  // kilobytes is folded once per re-anchoring, and this loop is most of the cost.
  const codes = new Uint16Array(original.length);
  const starts = new Int32Array(original.length);
  let length = 0;
  let inWhitespace = false;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const kind = foldKind(code);
    // Invisible characters vanish in copy and paste, so a quote typed or pasted without them
    // must still match. They do not end a whitespace run either.
    if (kind === IGNORED) continue;
    if (kind === SPACE) {
      if (!inWhitespace) {
        starts[length] = i;
        codes[length++] = 32;
      }
      inWhitespace = true;
      continue;
    }
    inWhitespace = false;
    starts[length] = i;
    codes[length++] = kind === KEEP ? code : kind;
  }
  return {
    text: fromCodes(codes, length),
    starts: starts.subarray(0, length),
    originalLength: original.length,
  };
}

/**
 * normalizeText(original).text without the offset map, for short strings whose folded form is
 * all that is wanted (quotes, prefixes, suffixes): no typed arrays are made for them, which was
 * most of the cost of resolving a passage. Held equal to normalizeText by a property test.
 */
export function foldString(original: string): string {
  return original
    .replace(IGNORABLE_CHARS, "")
    .replace(SPACE_RUNS, " ")
    .replace(FOLDED_CHARS, (char) => String.fromCharCode(FOLDED.get(char.charCodeAt(0))!));
}

/**
 * normalizeText of a whole source text, remembered for the few texts folded last. A page resolves
 * every passage of a source against the same text (a source page, a comparison, a re-anchoring
 * of 1,000 passages), and folding the text again for each passage was most of that work. The
 * result is never changed by its callers (it is read only), so sharing it is safe.
 */
export function foldedText(original: string): NormalizedText {
  for (let i = 0; i < recentlyFolded.length; i++) {
    const entry = recentlyFolded[i]!;
    // Strings from different reads of one row are equal but not identical: === compares content.
    if (entry.original === original) {
      if (i > 0) recentlyFolded.unshift(...recentlyFolded.splice(i, 1));
      return entry.folded;
    }
  }
  const folded = normalizeText(original);
  recentlyFolded.unshift({ original, folded });
  recentlyFolded.length = Math.min(recentlyFolded.length, REMEMBERED_TEXTS);
  return folded;
}

// A comparison reads one text per claim's source (13 in the benchmark's question); a text of
// 200 KB costs about 1.2 MB folded, so this keeps a few megabytes at most.
const REMEMBERED_TEXTS = 16;
const recentlyFolded: { original: string; folded: NormalizedText }[] = [];

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
  return foldString(quote).trim();
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
  const kind = foldKind(char.charCodeAt(0));
  return kind === IGNORED || kind === SPACE;
}

// What folding does with a code unit: keep it, drop it, make it one space, or replace it by the
// code returned (a straight quote or a hyphen). Each folds one code unit to at most one, which
// keeps the offset map one-to-one.
export const KEEP = -1;
export const IGNORED = -2;
export const SPACE = -3;

// Soft hyphen, zero-width space/non-joiner/joiner, word joiner and the byte-order mark.
const IGNORABLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

// Quotation marks and primes fold to ' or ", dashes and the minus sign to -.
const FOLDED = new Map<number, number>([
  ...foldTo(0x27, [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]),
  ...foldTo(0x22, [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb]),
  ...foldTo(0x2d, [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]),
]);

// The same classes as foldKind, as patterns for foldString.
const IGNORABLE_CHARS = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
const SPACE_RUNS = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const FOLDED_CHARS =
  /[\u2018\u2019\u201a\u201b\u2032\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212]/g;

/** What folding does with one UTF-16 code unit (exported for its test against JavaScript's \s). */
export function foldKind(code: number): number {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) ? SPACE : KEEP;
  if (IGNORABLE.has(code)) return IGNORED;
  if (isUnicodeSpace(code)) return SPACE;
  return FOLDED.get(code) ?? KEEP;
}

// JavaScript's \s beyond ASCII: U+00A0, U+1680, U+2000–U+200A, the line and paragraph
// separators, U+202F, U+205F and U+3000 (U+FEFF is ignored instead, above).
function isUnicodeSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function foldTo(to: number, codes: number[]): [number, number][] {
  return codes.map((code) => [code, to]);
}

function fromCodes(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  // String.fromCharCode takes its codes as arguments, so a long text goes in chunks. `apply`
  // takes the typed array as it is; spreading it walks an iterator, which was 7× slower and
  // most of the cost of showing a comparison.
  for (let at = 0; at < length; at += 8192) {
    const chunk = codes.subarray(at, Math.min(length, at + 8192));
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join("");
}
