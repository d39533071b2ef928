/**
 * A source in a few words, for chart rows and matrix columns: its publisher, or the start of its
 * title, and the year ("ArmInfo, 2020").
 */
export function shortSourceLabel(
  source: { title: string; publisher: string | null; published: string | null },
  maxLength = 36,
): string {
  const name = truncateText(source.publisher ?? source.title, maxLength);
  const year = source.published?.slice(0, 4);
  return year ? `${name}, ${year}` : name;
}

/** The text cut between words to at most `max` characters, with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, "")}…`;
}
