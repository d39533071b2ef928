import { splitParagraphs, type Paragraph } from "@/lib/passages/split-paragraphs";

/** Where a passage stands in its text, in the units citations and annotations count in. */
export interface PassageLocation {
  /** 1-based paragraph number, as the reader shows paragraphs. */
  paragraph: number;
  /** Code-point offsets (W3C TextPositionSelector counts code points, not UTF-16 units). */
  codePointStart: number;
  codePointEnd: number;
}

/**
 * The 1-based number of the paragraph that holds `offset` (a UTF-16 offset into `text`), counted
 * as the reader splits paragraphs. An offset in the blank lines between two paragraphs belongs to
 * the next one, since a passage starts at a word; past the last paragraph, the last; 1 for a
 * text with no words.
 */
export function paragraphNumberAt(text: string, offset: number): number {
  return paragraphNumberIn(splitParagraphs(text), offset);
}

/** paragraphNumberAt over paragraphs split once, for the many passages of one text. */
export function paragraphNumberIn(
  paragraphs: readonly Pick<Paragraph, "end">[],
  offset: number,
): number {
  // The first paragraph that ends after the offset: binary search, paragraphs are in order.
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((paragraphs[middle]?.end ?? 0) > offset) high = middle;
    else low = middle + 1;
  }
  return Math.max(1, Math.min(low + 1, paragraphs.length));
}

/** The number of code points in `text` before the UTF-16 offset `offset`. */
export function codePointOffset(text: string, offset: number): number {
  const before = text.slice(0, offset);
  // Most texts have no character outside the Basic Multilingual Plane: units are code points.
  if (!/[\uD800-\uDBFF]/.test(before)) return before.length;
  let count = 0;
  for (const _ of before) count++;
  return count;
}

/**
 * The paragraph and code-point span of the passage [start, end) in `text`. Worth computing once,
 * when a passage is recorded or re-anchored, and storing beside it: exports then need no text.
 */
export function locatePassageIn(text: string, start: number, end: number): PassageLocation {
  return {
    paragraph: paragraphNumberAt(text, start),
    codePointStart: codePointOffset(text, start),
    codePointEnd: codePointOffset(text, end),
  };
}
