/** A paragraph of a source text: its offsets and its text, characters untouched. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits a source text into paragraphs at blank lines (lines of nothing but whitespace, U+00A0
 * included), with UTF-16 offsets into the text. Each paragraph starts at its first non-blank
 * character and ends after its last, so what lies between paragraphs is whitespace only.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: { start: number; end: number } | null = null;
  for (const line of lines(text)) {
    const content = line.text.search(/\S/);
    if (content === -1) {
      if (current) paragraphs.push(withText(text, current));
      current = null;
      continue;
    }
    const end = line.start + line.text.trimEnd().length;
    if (current) current.end = end;
    else current = { start: line.start + content, end };
  }
  if (current) paragraphs.push(withText(text, current));
  return paragraphs;
}

function withText(text: string, range: { start: number; end: number }): Paragraph {
  return { ...range, text: text.slice(range.start, range.end) };
}

/** The text's lines without their terminators; CRLF, CR, LF and U+2028/U+2029 all end a line. */
function lines(text: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  const lineBreak = /\r\n|[\r\n\u2028\u2029]/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    found.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  found.push({ start, text: text.slice(start) });
  return found;
}
