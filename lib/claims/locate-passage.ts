import { describePassage, type PassageSelector } from "@/lib/passages/describe-passage";
import { trimRange } from "@/lib/passages/normalize-text";
import { resolvePassage } from "@/lib/passages/resolve-passage";
import { fail, type ClaimResult } from "./claim-failure";
import type { QuoteInput } from "./claim-schema";

/** An ambiguous quote lists at most this many places; the count says how many there are. */
export const MAX_OCCURRENCES = 20;

/**
 * The passage a submitted quote points at in `text`, with selectors taken from the text itself
 * (so the stored quote has the source's own spaces and quotation marks, whatever was typed).
 */
export function locatePassage(text: string, quote: QuoteInput): ClaimResult<PassageSelector> {
  if (!("exact" in quote)) {
    // A mouse selection often takes a space or line break along at its edges; a passage does not.
    const inRange = quote.start <= quote.end && quote.end <= text.length;
    const range = inRange ? trimRange(text, quote.start, quote.end) : quote;
    return fromRange(text, range.start, range.end);
  }
  const resolved = resolvePassage(text, quote);
  if (resolved.ok) return fromRange(text, resolved.start, resolved.end);
  if (resolved.code === "not-found") {
    return fail(
      "quote_not_found",
      "quote",
      `The quote “${shorten(quote.exact)}” is not in this source's text.`,
    );
  }
  const count = resolved.occurrences.length;
  return fail(
    "quote_ambiguous",
    "quote",
    `The quote occurs ${count} times in this source; add prefix or suffix words (or start and end) to say which one.`,
    { occurrences: resolved.occurrences.slice(0, MAX_OCCURRENCES), occurrenceCount: count },
  );
}

function fromRange(text: string, start: number, end: number): ClaimResult<PassageSelector> {
  const described = describePassage(text, start, end);
  return described.ok
    ? { ok: true, value: described.selector }
    : fail("invalid_range", "quote", described.reason);
}

function shorten(quote: string): string {
  return quote.length > 80 ? `${quote.slice(0, 77)}…` : quote;
}
