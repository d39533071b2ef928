import { describePassage } from "@/lib/passages/describe-passage";
import { reanchorAll } from "@/lib/passages/reanchor-passage";

// Long enough to be unique in most texts, short enough to survive nearby corrections.
const PROBE = 40;

/**
 * Where the pages of `oldText` begin in a corrected `newText`: each page's first words are
 * re-anchored like a passage; a page whose start is lost keeps its share of the text, and no
 * page starts before the one ahead of it.
 */
export function mapPageStarts(
  oldText: string,
  newText: string,
  pageStarts: readonly number[],
): number[] {
  if (pageStarts.length === 0) return [];
  const probes = pageStarts.map((start) => {
    const end = Math.min(oldText.length, start + PROBE);
    const described = describePassage(oldText, start, Math.max(end, start + 1));
    return described.ok ? described.selector : null;
  });
  const placed = reanchorAll(
    oldText,
    newText,
    probes.map((probe) => probe ?? { start: 0, end: 0, exact: "", prefix: "", suffix: "" }),
  );
  const scale = oldText.length === 0 ? 0 : newText.length / oldText.length;
  let floor = 0;
  return pageStarts.map((start, i) => {
    const result = placed[i];
    const found =
      probes[i] && result && result.status !== "orphaned"
        ? result.selector.start
        : Math.round(start * scale);
    floor = Math.min(newText.length, Math.max(floor, found));
    return floor;
  });
}
