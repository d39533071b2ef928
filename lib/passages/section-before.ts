export interface SectionOptions {
  /** Most lines to go back (a wire report without headings is one long section). */
  maxLines?: number;
  /** Most characters to go back; the cut falls at the start of a line. */
  maxChars?: number;
}

/** How far back sectionBefore reads at most, by default. */
export const SECTION_MAX_CHARS = 8000;

/**
 * The text of the source's section before a passage: back to the nearest heading-like line (a
 * short line without closing punctuation: "Pogroms", "MOSCOW", "January 14, 1990, Sunday"),
 * taking in the block of heading-like lines it belongs to, since a headline block often carries
 * the text's own date. At most `maxLines` lines (30) or `maxChars` characters (8,000) back.
 * Relative dates in the passage ("On February 28") may take their year from it.
 */
export function sectionBefore(
  text: string,
  passageStart: number,
  { maxLines = 30, maxChars = SECTION_MAX_CHARS }: SectionOptions = {},
): string {
  const end = Math.max(0, Math.min(passageStart, text.length));
  const lines = linesBefore(text, end);
  let start = lines.length > 0 ? (lines[lines.length - 1] as Line).start : end;
  let inHeadings = false;
  let counted = 0;
  // The passage's own line is always in; walk back from the line above it.
  for (let i = lines.length - 2; i >= 0; i -= 1) {
    const line = lines[i] as Line;
    const blank = line.text.trim() === "";
    const heading = !blank && isHeadingLike(line.text);
    if (inHeadings && !blank && !heading) break;
    if (end - line.start > maxChars || counted >= maxLines) break;
    start = line.start;
    if (!blank) counted += 1;
    if (heading) inHeadings = true;
  }
  return text.slice(start, end);
}

/** Whether a line reads as a heading, a dateline or a byline rather than a sentence of prose. */
export function isHeadingLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "" || trimmed.length > 120) return false;
  if (/^#{1,6}\s/.test(trimmed)) return true;
  return !/[.!?;:,"”»)\]…]$/.test(trimmed);
}

interface Line {
  start: number;
  text: string;
}

function linesBefore(text: string, end: number): Line[] {
  const found: Line[] = [];
  const lineBreak = /\r\n|[\r\n\u2028\u2029]/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match && match.index < end; match = lineBreak.exec(text)) {
    found.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  found.push({ start, text: text.slice(start, end) });
  return found;
}
