import { bestCandidates, type Candidate, type QuoteContext } from "./choose-occurrence";
import type { PassageSelector } from "./describe-passage";
import { findNormalized, type TextRange } from "./find-quote";
import { fuzzyOccurrences } from "./fuzzy-match";
import {
  foldString,
  foldedText,
  normalizeQuote,
  toOriginalRange,
  trimRange,
  type NormalizedText,
} from "./normalize-text";
import { occurrenceContext } from "./occurrence-context";

/** One place a quote occurs, with a short snippet around it for a person to choose from. */
export interface Occurrence extends TextRange {
  context: string;
}

export type ResolveResult =
  | { ok: true; start: number; end: number; method: "position" | "quote" | "fuzzy" }
  | { ok: false; code: "not-found"; reason: string }
  | { ok: false; code: "ambiguous"; reason: string; occurrences: Occurrence[] };

export interface ResolveOptions {
  /**
   * Also look for a near match when the quote no longer occurs (the source was lightly edited).
   * Off by default: a quote a person submits must be in the text; a stored passage may opt in,
   * and a "fuzzy" result should be shown to an editor to confirm.
   */
  fuzzy?: boolean;
}

/**
 * Finds a stored or submitted passage in `text`: at its position when the text there still reads
 * as its quote, else wherever its quote occurs, choosing among repeats by prefix, suffix and then
 * position. Offsets are UTF-16 code units into `text` as stored.
 */
export function resolvePassage(
  text: string,
  selector: Partial<PassageSelector> & { exact: string },
  options: ResolveOptions = {},
): ResolveResult {
  const quote = normalizeQuote(selector.exact);
  if (quote === "") return { ok: false, code: "not-found", reason: "The quote is empty." };
  const normalized = foldedText(text);
  const context: QuoteContext = {
    prefix: selector.prefix,
    suffix: selector.suffix,
    hint: selector.start,
  };

  const exactCandidates = findNormalized(normalized.text, quote).map((normStart) =>
    candidateAt(normalized, normStart, normStart + quote.length),
  );
  if (exactCandidates.length > 0) {
    const { best, byContext } = bestCandidates(normalized.text, exactCandidates, context);
    // The stored position stands when the text there still reads as the quote and fits the
    // context as well as any other occurrence; it is returned untouched so that a passage
    // resolves to itself.
    const stored = storedRange(text, selector);
    if (
      stored &&
      byContext.some((c) => c.start === stored.trimmed.start && c.end === stored.trimmed.end)
    ) {
      return { ok: true, start: stored.start, end: stored.end, method: "position" };
    }
    return choose(text, best, exactCandidates.length, context, "quote");
  }

  if (options.fuzzy) {
    const fuzzyCandidates = fuzzyOccurrences(normalized.text, quote).map((r) =>
      candidateAt(normalized, r.start, r.end),
    );
    if (fuzzyCandidates.length > 0) {
      const { best } = bestCandidates(normalized.text, fuzzyCandidates, context);
      return choose(text, best, fuzzyCandidates.length, context, "fuzzy");
    }
  }
  return {
    ok: false,
    code: "not-found",
    reason: options.fuzzy
      ? "The quote does not occur in the source text, even allowing for small edits."
      : "The quote does not occur in the source text.",
  };
}

function choose(
  text: string,
  best: Candidate[],
  total: number,
  context: QuoteContext,
  method: "quote" | "fuzzy",
): ResolveResult {
  const [only] = best;
  if (only && best.length === 1) return { ok: true, start: only.start, end: only.end, method };
  const hasContext = Boolean(context.prefix?.trim() || context.suffix?.trim());
  return {
    ok: false,
    code: "ambiguous",
    reason:
      `The quote occurs ${total} times in the source text` +
      (hasContext
        ? ` and its prefix and suffix fit ${best.length} of them equally well.`
        : "; give the words just before or after it to say which one is meant."),
    occurrences: best.map((c) => ({
      start: c.start,
      end: c.end,
      context: occurrenceContext(text, c.start, c.end),
    })),
  };
}

function candidateAt(normalized: NormalizedText, normStart: number, normEnd: number): Candidate {
  return { ...toOriginalRange(normalized, normStart, normEnd), normStart, normEnd };
}

/**
 * The selector's position when the text there still reads as its quote, whitespace at the edges
 * included, and that range without its blank edges (how candidates are bounded).
 */
function storedRange(
  text: string,
  selector: Partial<PassageSelector> & { exact: string },
): (TextRange & { trimmed: TextRange }) | null {
  const { start, end, exact } = selector;
  if (start === undefined || end === undefined) return null;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
  if (start < 0 || end > text.length || start >= end) return null;
  if (foldString(text.slice(start, end)) !== foldString(exact)) return null;
  return { start, end, trimmed: trimRange(text, start, end) };
}
