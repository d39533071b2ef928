import { findNormalized } from "./find-quote";
import { normalizeQuote, normalizeText, toOriginalRange } from "./normalize-text";

/**
 * Checks that `stated` is whole words of `quote`, under the same folding as quote matching, and
 * returns where they are in `quote` (UTF-16 offsets into `quote` as given).
 */
export function containsWords(
  quote: string,
  stated: string,
): { ok: true; start: number; end: number } | { ok: false } {
  const words = normalizeQuote(stated);
  if (words === "") return { ok: false };
  const normalized = normalizeText(quote);
  for (const at of findNormalized(normalized.text, words)) {
    const end = at + words.length;
    // "26" must not be found inside "126": the stated wording is words, not letters.
    if (isWordEdge(normalized.text, at) && isWordEdge(normalized.text, end)) {
      return { ok: true, ...toOriginalRange(normalized, at, end) };
    }
  }
  return { ok: false };
}

function isWordEdge(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at);
  return !(WORD_CHAR.test(before) && WORD_CHAR.test(after));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
