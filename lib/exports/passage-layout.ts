import { paragraphNumberIn, type PassageLocation } from "@/lib/citations/passage-location";
import { splitParagraphs } from "@/lib/passages/split-paragraphs";

/**
 * What locating passages needs of a source text, without the text: where the reader's
 * paragraphs end, and where characters outside the Basic Multilingual Plane stand (each is two
 * UTF-16 units but one code point). Small enough to keep for many sources while an export runs.
 */
export interface TextLayout {
  paragraphs: readonly { start: number; end: number }[];
  /** UTF-16 offsets of the high surrogates, in order. */
  astral: readonly number[];
}

/** The layout of a text, its paragraphs split by the reader's own function. */
export function textLayout(text: string): TextLayout {
  // Only the offsets are kept: the paragraphs' texts are slices that would keep the text alive.
  const paragraphs = splitParagraphs(text).map(({ start, end }) => ({ start, end }));
  const astral: number[] = [];
  const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  for (let match = pair.exec(text); match; match = pair.exec(text)) astral.push(match.index);
  return { paragraphs, astral };
}

/** The paragraph and code-point span of the passage [start, end): as locatePassageIn, from a layout. */
export function locateInLayout(layout: TextLayout, start: number, end: number): PassageLocation {
  return {
    paragraph: paragraphNumberIn(layout.paragraphs, start),
    codePointStart: start - pairsBefore(layout.astral, start),
    codePointEnd: end - pairsBefore(layout.astral, end),
  };
}

// How many surrogate pairs start before `offset`: binary search over the sorted positions.
function pairsBefore(astral: readonly number[], offset: number): number {
  let low = 0;
  let high = astral.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((astral[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
