import { normalizeQuote } from "./normalize-text";

/**
 * A passage as stored: three selectors, as Hypothesis stores them, so that a passage survives an
 * edit of its source text. Offsets are UTF-16 code units into the text exactly as stored.
 */
export interface PassageSelector {
  /** Offset of the passage's first code unit. */
  start: number;
  /** Offset just past the passage's last code unit. */
  end: number;
  /** The passage's text, verbatim (non-breaking spaces, curly quotes and line breaks kept). */
  exact: string;
  /** Up to `contextLength` code units of the text just before the passage, verbatim. */
  prefix: string;
  /** Up to `contextLength` code units of the text just after the passage, verbatim. */
  suffix: string;
}

export type DescribeResult =
  { ok: true; selector: PassageSelector } | { ok: false; code: "invalid-range"; reason: string };

export const DEFAULT_CONTEXT_LENGTH = 32;

/** Builds the selectors for the passage `text.slice(start, end)`, after checking the range. */
export function describePassage(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): DescribeResult {
  const reason = rangeProblem(text, start, end);
  if (reason) return { ok: false, code: "invalid-range", reason };
  const length = Number.isSafeInteger(contextLength) && contextLength > 0 ? contextLength : 0;
  let prefixStart = Math.max(0, start - length);
  let suffixEnd = Math.min(text.length, end + length);
  // Never store half of a surrogate pair: it would not survive a round trip through JSON.
  if (splitsPair(text, prefixStart)) prefixStart += 1;
  if (splitsPair(text, suffixEnd)) suffixEnd -= 1;
  return {
    ok: true,
    selector: {
      start,
      end,
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
  };
}

/** Says why `start..end` is not a passage of `text`, or returns null when it is one. */
export function rangeProblem(text: string, start: number, end: number): string | null {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    return "The start and end of a passage must be whole numbers.";
  }
  if (start < 0 || end > text.length) {
    return `The passage must lie within the text (0 to ${text.length}).`;
  }
  if (start >= end) return "The passage must end after it starts.";
  // A browser selection cannot split a character; offsets that do were not made by one.
  if (splitsPair(text, start) || splitsPair(text, end)) {
    return "The passage must not start or end inside a character.";
  }
  if (normalizeQuote(text.slice(start, end)) === "") {
    return "The passage must contain more than whitespace.";
  }
  return null;
}

/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
}
