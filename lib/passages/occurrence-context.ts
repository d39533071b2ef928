/**
 * A one-line snippet of `text` around `start..end`, cut at word boundaries and marked with "…"
 * where cut, so that a person can tell repeated occurrences of a quote apart.
 */
export function occurrenceContext(text: string, start: number, end: number, chars = 40): string {
  let from = Math.max(0, start - chars);
  let to = Math.min(text.length, end + chars);
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/);
    from = space === -1 ? start : from + space + 1;
  }
  if (to < text.length) {
    const space = text.slice(end, to).search(/\s\S*$/);
    to = space === -1 ? end : end + space;
  }
  const snippet = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${snippet}${to < text.length ? "…" : ""}`;
}
