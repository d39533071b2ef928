"use client";

import { useEffect, type RefObject } from "react";

const NAME = "pending-passage";

/**
 * Keeps the passage being recorded visibly marked while the editor works in the panel (the
 * browser's own selection is lost as soon as a field takes focus). Uses the CSS Custom Highlight
 * API where the browser has it; elsewhere the panel's quote field is the only reminder.
 */
export function usePendingHighlight(
  root: RefObject<HTMLElement | null>,
  range: { start: number; end: number } | null,
) {
  useEffect(() => {
    const highlights = typeof CSS !== "undefined" ? CSS.highlights : undefined;
    if (!highlights || !root.current || !range) return;
    const dom = domRange(root.current, range.start, range.end);
    if (!dom) return;
    highlights.set(NAME, new Highlight(dom));
    return () => void highlights.delete(NAME);
  }, [root, range]);
}

function domRange(root: HTMLElement, start: number, end: number): Range | null {
  const runs = [...root.querySelectorAll<HTMLElement>("[data-start]")];
  const at = (offset: number) => {
    const run = runs.findLast((r) => Number(r.dataset.start) <= offset);
    const node = run?.firstChild;
    if (!run || !node) return null;
    return {
      node,
      offset: Math.min(offset - Number(run.dataset.start), node.textContent?.length ?? 0),
    };
  };
  const from = at(start);
  const to = at(end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
