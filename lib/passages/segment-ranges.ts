/** A passage's range over the source text, with the id the reader highlights it by. */
export interface IdentifiedRange {
  start: number;
  end: number;
  id: string;
}

/** A stretch of a paragraph covered by the same passages (none, for plain text). */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
}

/**
 * Cuts the paragraph `paraStart..paraEnd` into consecutive segments, each covered by one set of
 * passage ranges, so that overlapping highlights can be rendered as flat spans. The segments
 * cover the whole paragraph; ranges outside it are ignored and ranges across its edges clipped.
 */
export function segmentRanges(
  paraStart: number,
  paraEnd: number,
  ranges: IdentifiedRange[],
): Segment[] {
  if (!Number.isFinite(paraStart) || !Number.isFinite(paraEnd) || paraEnd <= paraStart) return [];
  const clipped = ranges
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end))
    .map((r) => ({ ...r, start: Math.max(r.start, paraStart), end: Math.min(r.end, paraEnd) }))
    .filter((r) => r.start < r.end);
  const cuts = [...new Set([paraStart, paraEnd, ...clipped.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );

  const segments: Segment[] = [];
  for (const [i, start] of cuts.entries()) {
    const end = cuts[i + 1];
    if (end === undefined) break;
    const ids = [
      ...new Set(clipped.filter((r) => r.start <= start && r.end >= end).map((r) => r.id)),
    ];
    const previous = segments.at(-1);
    // Two ranges with one id (a claim quoting two stretches that touch) make one highlight.
    if (previous && sameIds(previous.ids, ids)) previous.end = end;
    else segments.push({ start, end, ids });
  }
  return segments;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
