import type { Alignment, KeptStretch } from "./align-texts";
import type { TextRange } from "./find-quote";

/** Where an old range went: `intact` when one kept stretch holds all of it. */
export interface MappedRange extends TextRange {
  intact: boolean;
}

/**
 * Maps a range of the old folded text into the new one. An intact range reads the same there;
 * otherwise the result spans whatever replaced its edited parts (empty when they were deleted).
 */
export function mapRange(alignment: Alignment, start: number, end: number): MappedRange {
  const holder = stretchHolding(alignment.kept, start, end);
  if (holder) {
    const shift = holder.newStart - holder.oldStart;
    return { start: start + shift, end: end + shift, intact: true };
  }
  const from = mapPoint(alignment, start, "start");
  const to = Math.max(from, mapPoint(alignment, end, "end"));
  return { start: from, end: to, intact: false };
}

/** True when the diff kept the old folded character at `at`: it knows exactly where it went. */
export function charKept(alignment: Alignment, at: number): boolean {
  const k = alignment.kept[lastAtOrBefore(alignment.kept, at, (s) => s.oldStart)];
  return k !== undefined && k.oldStart <= at && at < k.oldStart + k.length;
}

/**
 * True when an edit of the old text begins (for a start) or ends (for an end) exactly at `at`,
 * as when a passage's first or last word was replaced: the mapped edge is then that of the edit.
 */
export function editBoundary(alignment: Alignment, at: number, side: "start" | "end"): boolean {
  const { kept } = alignment;
  const i = lastAtOrBefore(kept, side === "start" ? at : at - 1, (k) => k.oldStart);
  const k = kept[i];
  if (side === "start") return k && k.oldStart <= at ? k.oldStart + k.length === at : at === 0;
  const next = kept.slice(i).find((s) => s.oldStart >= at);
  return next ? next.oldStart === at : at === alignment.oldLength;
}

/**
 * The share of new `[start, end)` that the diff kept from old text outside `[ownStart, ownEnd)`:
 * words that were already elsewhere in the old text, so they cannot be where this passage went.
 */
export function foreignShare(
  alignment: Alignment,
  start: number,
  end: number,
  ownStart: number,
  ownEnd: number,
): number {
  if (end <= start) return 0;
  const { kept } = alignment;
  let foreign = 0;
  for (let i = lastAtOrBefore(kept, start, (k) => k.newStart); i < kept.length; i++) {
    const k = kept[i];
    if (!k || k.newStart >= end) break;
    const from = Math.max(start, k.newStart);
    const to = Math.min(end, k.newStart + k.length);
    if (to <= from) continue;
    const shift = k.oldStart - k.newStart;
    const overlapsOwn = from + shift < ownEnd && to + shift > ownStart;
    if (!overlapsOwn) foreign += to - from;
  }
  return foreign / (end - start);
}

/** The parts of the new folded text that the diff did not keep: insertions and replacements. */
export function changedParts(alignment: Alignment): TextRange[] {
  const parts: TextRange[] = [];
  let newPos = 0;
  let oldPos = 0;
  for (const k of alignment.kept) {
    if (k.newStart > newPos || k.oldStart > oldPos) parts.push({ start: newPos, end: k.newStart });
    newPos = k.newStart + k.length;
    oldPos = k.oldStart + k.length;
  }
  if (alignment.newLength > newPos || alignment.oldLength > oldPos) {
    parts.push({ start: newPos, end: alignment.newLength });
  }
  return parts;
}

function stretchHolding(kept: KeptStretch[], start: number, end: number): KeptStretch | null {
  const k = kept[lastAtOrBefore(kept, start, (s) => s.oldStart)];
  return k && k.oldStart <= start && end <= k.oldStart + k.length ? k : null;
}

// A point inside an edited part maps to the edge of what replaced it: a start to its beginning,
// an end to its end, so that a mapped range covers the whole replacement.
function mapPoint(alignment: Alignment, at: number, side: "start" | "end"): number {
  const { kept } = alignment;
  const i = lastAtOrBefore(kept, side === "start" ? at : at - 1, (k) => k.oldStart);
  const k = kept[i];
  if (k && k.oldStart <= at && at <= k.oldStart + k.length) {
    const inside = side === "start" ? at < k.oldStart + k.length : at > k.oldStart;
    if (inside) return at + k.newStart - k.oldStart;
  }
  if (side === "start") return k && k.oldStart <= at ? k.newStart + k.length : 0;
  const next = kept.find((s, j) => j > i && s.oldStart >= at) ?? null;
  return next ? next.newStart : alignment.newLength;
}

/** Index of the last stretch whose key is ≤ `at` (0 when none is), by binary search. */
function lastAtOrBefore(kept: KeptStretch[], at: number, key: (k: KeptStretch) => number): number {
  let lo = 0;
  let hi = kept.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = kept[mid];
    if (k && key(k) <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
