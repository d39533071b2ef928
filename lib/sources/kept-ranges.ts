import { z } from "zod";

/** A part of an extracted text the editor keeps: `[start, end)` in UTF-16 code units. */
export type KeptRange = readonly [start: number, end: number];

/** The parts an editor keeps, as the import form sends them (JSON in a form field, or an array). */
export const KeptRangesSchema = z.preprocess(
  (value) =>
    typeof value === "string" ? (value.trim() === "" ? undefined : safeJson(value)) : value,
  z
    .array(
      z.tuple([z.int().min(0), z.int().min(0)]).refine(([start, end]) => start < end, {
        message: "each part must end after it starts",
      }),
    )
    .min(1, "keep at least one part of the text")
    .max(1000, "at most 1,000 parts")
    .optional(),
);

export type KeptText =
  { ok: true; text: string; pageStarts: number[] } | { ok: false; message: string };

/**
 * The text an editor kept of an extracted text: the parts joined in order, whitespace at the
 * edges of the whole dropped, and the PDF page starts moved with them (a page cut away entirely
 * starts where the next one does, so page numbers stay those of the document).
 */
export function applyKeptRanges(
  text: string,
  ranges: readonly KeptRange[] | undefined,
  pageStarts: readonly number[] = [],
): KeptText {
  const parts = merge(ranges ?? [[0, text.length]]);
  if (parts.some(([, end]) => end > text.length))
    return { ok: false, message: "A part to keep lies beyond the end of the text." };
  trimEdges(text, parts);
  const kept = parts.filter(([start, end]) => start < end);
  if (kept.length === 0) return { ok: false, message: "Nothing of the text would be kept." };
  return {
    ok: true,
    text: kept.map(([start, end]) => text.slice(start, end)).join(""),
    pageStarts: pageStarts.map((at) => keptBefore(kept, at)),
  };
}

/** The page an offset of the text is on, from its page starts; null for a text without pages. */
export function pageAt(pageStarts: readonly number[], offset: number): number | null {
  let page: number | null = null;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i]! <= offset) page = i + 1;
  return pageStarts.length > 0 ? (page ?? 1) : null;
}

function merge(ranges: readonly KeptRange[]): [number, number][] {
  const sorted = [...ranges].map(([s, e]): [number, number] => [s, e]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

// Whitespace at the start of the first part and the end of the last one is not the article's.
function trimEdges(text: string, parts: [number, number][]): void {
  const first = parts[0];
  if (first) while (first[0] < first[1] && /\s/.test(text[first[0]]!)) first[0]++;
  const last = parts.at(-1);
  if (last) while (last[1] > last[0] && /\s/.test(text[last[1] - 1]!)) last[1]--;
}

// How many kept characters come before the old offset `at`: its offset in the kept text.
function keptBefore(parts: readonly [number, number][], at: number): number {
  let count = 0;
  for (const [start, end] of parts) {
    if (at <= start) break;
    count += Math.min(at, end) - start;
  }
  return count;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** The kept parts narrowed to `[start, end)`: "keep only this". */
export function keepOnly(kept: readonly KeptRange[], start: number, end: number): KeptRange[] {
  return kept
    .map(([s, e]): KeptRange => [Math.max(s, start), Math.min(e, end)])
    .filter(([s, e]) => s < e);
}

/** The kept parts without `[start, end)`: "remove this". */
export function keepWithout(kept: readonly KeptRange[], start: number, end: number): KeptRange[] {
  return kept.flatMap(([s, e]): KeptRange[] =>
    e <= start || s >= end
      ? [[s, e]]
      : (
          [
            [s, start],
            [end, e],
          ] as KeptRange[]
        ).filter(([a, b]) => a < b),
  );
}
