import { nearMatches } from "@/lib/passages/fuzzy-match";
import { normalizeQuote, normalizeText, toOriginalRange } from "@/lib/passages/normalize-text";
import { resolvePassage } from "@/lib/passages/resolve-passage";

/** Where typed words stand in a source's text, for the panel's live "found / not found". */
export type QuoteLookup =
  | { status: "empty" }
  | { status: "found"; start: number; end: number }
  | {
      status: "repeated";
      count: number;
      occurrences: { start: number; end: number; context: string }[];
    }
  | { status: "missing"; nearest: { start: number; end: number; text: string } | null };

/**
 * Looks typed words up in the text as the server will (spaces and quotation marks folded), and
 * when they are not there, the nearest words (a typo or two per sentence), to offer instead.
 */
export function lookUpQuote(text: string, typed: string): QuoteLookup {
  const quote = normalizeQuote(typed);
  if (quote === "") return { status: "empty" };
  const found = resolvePassage(text, { exact: typed });
  if (found.ok) return { status: "found", start: found.start, end: found.end };
  if (found.code === "ambiguous")
    return { status: "repeated", count: found.occurrences.length, occurrences: found.occurrences };
  if (quote.length < 4) return { status: "missing", nearest: null };
  const normalized = normalizeText(text);
  const allowed = Math.max(1, Math.floor(quote.length / 8));
  const best = nearMatches(normalized.text, quote, allowed).sort((a, b) => a.errors - b.errors)[0];
  if (!best) return { status: "missing", nearest: null };
  const range = toOriginalRange(normalized, best.start, best.end);
  return { status: "missing", nearest: { ...range, text: text.slice(range.start, range.end) } };
}
