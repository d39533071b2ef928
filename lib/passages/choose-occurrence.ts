import type { TextRange } from "./find-quote";
import { foldString } from "./normalize-text";

/** A place a quote was found, as a range of the original text and of the folded text. */
export interface Candidate extends TextRange {
  normStart: number;
  normEnd: number;
}

/** What a selector says about where its quote was: the text around it and its old offset. */
export interface QuoteContext {
  prefix?: string | undefined;
  suffix?: string | undefined;
  hint?: number | undefined;
}

/** The candidates that fit the context best, in text order: one when the context decides. */
export function bestCandidates<C extends Candidate>(
  normText: string,
  candidates: C[],
  context: QuoteContext,
): { best: C[]; byContext: C[] } {
  const scores = candidates.map((c) => contextScore(normText, c, context));
  const top = scores.reduce((max, score) => Math.max(max, score), 0);
  const byContext = candidates.filter((_, i) => scores[i] === top);
  const { hint } = context;
  // The old offset only breaks ties: after an edit the text around a passage is better evidence.
  if (byContext.length < 2 || typeof hint !== "number" || !Number.isFinite(hint)) {
    return { best: byContext, byContext };
  }
  const distance = (c: C) => Math.abs(c.start - hint);
  const nearest = byContext.reduce((min, c) => Math.min(min, distance(c)), Infinity);
  return { best: byContext.filter((c) => distance(c) === nearest), byContext };
}

/**
 * How many characters of the stored prefix and suffix, in whole words counted outwards from the
 * quote, agree with the folded text around a candidate.
 */
export function contextScore(
  normText: string,
  candidate: Pick<Candidate, "normStart" | "normEnd">,
  context: QuoteContext,
): number {
  const { before, after } = agreedContext(normText, candidate, context);
  return before.length + after.length;
}

/**
 * True when at least one real word (two letters or digits) of the stored context agrees with the
 * text around a candidate: shared punctuation ("^ ", "\" ") is not evidence.
 */
export function contextAgrees(
  normText: string,
  candidate: Pick<Candidate, "normStart" | "normEnd">,
  context: QuoteContext,
): boolean {
  const { before, after } = agreedContext(normText, candidate, context);
  return REAL_WORD.test(before) || REAL_WORD.test(after);
}

const REAL_WORD = /[\p{L}\p{N}]{2}/u;

function agreedContext(
  normText: string,
  candidate: Pick<Candidate, "normStart" | "normEnd">,
  context: QuoteContext,
): { before: string; after: string } {
  const prefix = foldString(context.prefix ?? "").trimEnd();
  const suffix = foldString(context.suffix ?? "").trimStart();
  const before = prefixAgreement(normText, candidate.normStart, prefix);
  const after = suffixAgreement(normText, candidate.normEnd, suffix);
  return { before: prefix.slice(prefix.length - before), after: suffix.slice(0, after) };
}

/** How much of `prefix`, in whole words counted from its end, agrees with the text before `at`. */
function prefixAgreement(normText: string, at: number, prefix: string): number {
  if (prefix === "") return 0;
  // One extra character because a whitespace run before the quote folds to a single space.
  const before = normText.slice(Math.max(0, at - prefix.length - 1), at).trimEnd();
  let n = 0;
  while (n < prefix.length && prefix[prefix.length - 1 - n] === before[before.length - 1 - n]) n++;
  // Whole words only, so that one shared letter cannot pick an occurrence on its own.
  while (n > 0 && n < prefix.length && prefix[prefix.length - 1 - n] !== " ") n--;
  return n;
}

/** How much of `suffix`, in whole words counted from its start, agrees with the text after `at`. */
function suffixAgreement(normText: string, at: number, suffix: string): number {
  if (suffix === "") return 0;
  const after = normText.slice(at, at + suffix.length + 1).trimStart();
  let n = 0;
  while (n < suffix.length && suffix[n] === after[n]) n++;
  while (n > 0 && n < suffix.length && suffix[n] !== " ") n--;
  return n;
}
