import { alignTexts, type Alignment } from "./align-texts";
import { mapRange, type MappedRange } from "./alignment-map";
import type { PassageSelector } from "./describe-passage";
import type { TextRange } from "./find-quote";
import { normalizeQuote, normalizeText, trimRange, type NormalizedText } from "./normalize-text";
import { resolvePassage } from "./resolve-passage";

/** Two versions of a text, folded once and aligned once for all the passages re-anchored. */
export interface TextVersions {
  oldText: string;
  newText: string;
  oldNorm: NormalizedText;
  newNorm: NormalizedText;
  alignment: Alignment;
}

/** A passage of the old version: where it is there (original and folded) and where the diff puts it. */
export interface OldPassage {
  selector: PassageSelector;
  /** The passage in the old text without blank edges, in original offsets. */
  core: TextRange;
  /** The same range in the old folded text. */
  norm: TextRange;
  /** The folded words of the passage. */
  quote: string;
  /** Where the alignment maps `norm` in the new folded text. */
  mapped: MappedRange;
}

/** Folds and aligns two versions of a text. */
export function prepareVersions(oldText: string, newText: string): TextVersions {
  const oldNorm = normalizeText(oldText);
  const newNorm = normalizeText(newText);
  return { oldText, newText, oldNorm, newNorm, alignment: alignTexts(oldNorm.text, newNorm.text) };
}

/**
 * Finds a stored passage in the old version: at its offsets when they still read as its quote,
 * else by its quote and context (offsets may be stale); null when it is not there.
 */
export function locateOld(versions: TextVersions, selector: PassageSelector): OldPassage | null {
  const quote = normalizeQuote(String(selector.exact ?? ""));
  if (quote === "") return null;
  const { oldText, oldNorm } = versions;
  const fromOffsets = foldedRange(oldNorm, oldText, selector.start, selector.end);
  let norm =
    fromOffsets && oldNorm.text.slice(fromOffsets.start, fromOffsets.end) === quote
      ? fromOffsets
      : null;
  if (!norm) {
    const resolved = resolvePassage(oldText, selector);
    norm = resolved.ok ? foldedRange(oldNorm, oldText, resolved.start, resolved.end) : null;
    if (!norm || oldNorm.text.slice(norm.start, norm.end) !== quote) return null;
  }
  const core = {
    start: oldNorm.starts[norm.start] ?? 0,
    end: (oldNorm.starts[norm.end - 1] ?? 0) + 1,
  };
  return {
    selector,
    core,
    norm,
    quote,
    mapped: mapRange(versions.alignment, norm.start, norm.end),
  };
}

/** The folded range of original `[start, end)` without its blank edges, or null if invalid. */
function foldedRange(
  norm: NormalizedText,
  text: string,
  start: number,
  end: number,
): TextRange | null {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
  if (start < 0 || end > text.length || start >= end) return null;
  const core = trimRange(text, start, end);
  if (core.start >= core.end) return null;
  const from = firstAtOrAfter(norm.starts, core.start);
  const to = firstAtOrAfter(norm.starts, core.end);
  return from < to ? { start: from, end: to } : null;
}

/** Index of the first folded character that comes from original offset `at` or later. */
function firstAtOrAfter(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
