/** The parts of a PDF text item this module reads (unpdf's StructuredTextItem has them). */
export interface PdfTextItem {
  str: string;
  y: number;
  fontSize: number;
  hasEOL: boolean;
}

/**
 * A page's text from its text items: items on one baseline joined as they are, a line break
 * between lines, and a blank line where the gap to the next line is wider than a line — a PDF
 * has no paragraphs, only this spacing, and the reader splits paragraphs at blank lines.
 */
export function pageText(items: readonly PdfTextItem[]): string {
  const lines: { text: string; y: number; size: number }[] = [];
  let current: { text: string; y: number; size: number } | null = null;
  const endLine = () => {
    if (current && current.text.trim() !== "")
      lines.push({ ...current, text: current.text.trimEnd() });
    current = null;
  };
  for (const item of items) {
    if (item.str !== "") {
      const size = item.fontSize || 1;
      if (current && Math.abs(item.y - current.y) > size / 2) endLine();
      current ??= { text: "", y: item.y, size };
      current.text += item.str.replace(/\u0000/g, "");
    }
    if (item.hasEOL) endLine();
  }
  endLine();
  return lines
    .map((line, i) => {
      const previous = lines[i - 1];
      if (!previous) return line.text.trimStart();
      const gap = previous.y - line.y;
      // Wider than a line and a half, or moving up (a new column or a footnote): a new paragraph.
      const separator = gap > 1.6 * Math.max(previous.size, line.size) || gap < 0 ? "\n\n" : "\n";
      return separator + line.text.trimStart();
    })
    .join("");
}
