/**
 * Maps a DOM selection inside the rendered source text back to offsets into the stored text.
 * Every run of text in the reader is an element with data-start holding one text node, so a
 * point in that node is data-start + its offset. Null when the selection is not in the text.
 */
export function selectionOffsets(
  root: HTMLElement,
  range: Range,
): { start: number; end: number } | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null;
  const start = pointOffset(root, range.startContainer, range.startOffset, "start");
  const end = pointOffset(root, range.endContainer, range.endOffset, "end");
  return start !== null && end !== null && end > start ? { start, end } : null;
}

function pointOffset(
  root: HTMLElement,
  node: Node,
  offset: number,
  side: "start" | "end",
): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-start]");
    return run && root.contains(run) ? Number(run.dataset.start) + offset : null;
  }
  // The point sits between children of an element (a paragraph, or the whole text): use the run
  // that starts there, or for an end, the run that ends there.
  const element = node as Element;
  const runs = [...element.querySelectorAll<HTMLElement>("[data-start]")].filter((run) =>
    root.contains(run),
  );
  const child = element.childNodes[offset];
  const after = child ? runs.find((run) => child === run || child.contains(run)) : undefined;
  if (after && side === "start") return Number(after.dataset.start);
  const before = after ? runs[runs.indexOf(after) - 1] : runs.at(-1);
  if (before) return Number(before.dataset.start) + (before.textContent?.length ?? 0);
  return after ? Number(after.dataset.start) : null;
}
