import { capitalize } from "./attribution-subject";
import type { Attribution, RecordingProposal, Span, WordSpan } from "./suggestion-types";

const LONG_SENTENCE = 320;
const LONGEST_QUOTE = 420;

export interface ProposalInput {
  sentence: Span;
  figure: Span;
  /** The figure with what it counts: "26 citizens of Armenian nationality". */
  stated: Span;
  attribution: Attribution | null;
  questionId: string | null;
  override: RecordingProposal["override"];
}

/**
 * What the recording panel is filled in with: the sentence as the quote (or, in a long sentence,
 * the clause holding the figure, with the attribution when it fits), the stated words, the
 * origin ("Various sources (not named)" when the text names none) and the question.
 */
export function proposeRecording(text: string, input: ProposalInput): RecordingProposal {
  const { sentence, stated, attribution } = input;
  let quote: Span = sentence;
  if (sentence.end - sentence.start > LONG_SENTENCE) {
    quote = clauseAround(text, sentence, stated);
    if (attribution && attribution.start >= sentence.start && attribution.end <= sentence.end) {
      const joined = {
        start: Math.min(quote.start, attribution.start),
        end: Math.max(quote.end, attribution.end),
      };
      if (joined.end - joined.start <= LONGEST_QUOTE) quote = joined;
    }
  }
  quote = trimMarks(text, quote, stated);
  return {
    quote: words(text, quote),
    stated: words(text, stated),
    origin: originFor(attribution),
    questionId: input.questionId,
    override: input.override,
  };
}

/** The origin to record: the named one as written, an unnamed one marked "(not named)". */
export function originFor(attribution: Attribution | null): string | null {
  if (!attribution?.origin) return null;
  return attribution.named ? attribution.origin : `${capitalize(attribution.origin)} (not named)`;
}

// Clauses end at semicolons and dashes first; commas only when a clause is still too long.
function clauseAround(text: string, sentence: Span, stated: Span): Span {
  let span = sentence;
  for (const boundary of [/;|\s[–—-]{1,2}\s|—|:\s/g, /,\s/g]) {
    if (span.end - span.start <= LONG_SENTENCE) break;
    let start = span.start;
    let end = span.end;
    for (const cut of text.slice(span.start, span.end).matchAll(boundary)) {
      const at = span.start + cut.index;
      if (at + cut[0].length <= stated.start) start = at + cut[0].length;
      else if (at >= stated.end && end === span.end) end = at;
    }
    span = { start, end };
  }
  return span;
}

// A quote starts at words, not at a bullet, and does not open (or close) a quotation it does not
// also close (or open).
function trimMarks(text: string, span: Span, stated: Span): Span {
  let { start, end } = span;
  while (start < stated.start && /[\s•·*]/.test(text.charAt(start))) start += 1;
  const odd = (text.slice(start, end).match(/["“”«»]/g)?.length ?? 0) % 2 === 1;
  if (odd && start < stated.start && /["“«]/.test(text.charAt(start))) start += 1;
  else if (odd && end > stated.end && /["”»]/.test(text.charAt(end - 1))) end -= 1;
  while (start < stated.start && /\s/.test(text.charAt(start))) start += 1;
  while (end > stated.end && /\s/.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

function words(text: string, span: Span): WordSpan {
  return { ...span, text: text.slice(span.start, span.end) };
}
