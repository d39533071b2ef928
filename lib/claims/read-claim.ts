import { containsWords } from "@/lib/passages/contains-words";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { ReferenceDate } from "@/lib/values/types";
import { fail, type ClaimResult } from "./claim-failure";
import type { ValueOverrideInput } from "./claim-schema";
import { valueProblem } from "./value-limits";
import {
  effectiveValue,
  readStatedValue,
  type ClaimValue,
  type ReadingContext,
  type TextSpan,
} from "./claim-value";
import type { StatedCandidate } from "./stated-candidate";
import { ambiguousBest, rankStatedCandidates } from "./stated-candidates";

/** Everything the value of a claim is read from; nothing here needs a database. */
export interface ClaimReading {
  kind: QuestionKind;
  /** The passage's exact words, as stored. */
  quote: string;
  /** The editor's stated words; when absent, the reader proposes them from the quote. */
  stated?: string | null;
  override?: ValueOverrideInput | null;
  /** The source's publication date, for relative dates. */
  reference: ReferenceDate | null;
  /** The source's language (ISO 639-1, "es"); absent or unsupported reads as English. */
  language?: string | null;
  /** The question's measure ("Armenians killed"): tells which of several figures is meant. */
  measure?: string | null;
  /**
   * The text of the same section of the source before the passage (`sectionBefore` in
   * lib/passages): a day without a year may take its year from it.
   */
  context?: string | null;
}

/** What a claim states and the value it is compared by. */
export interface ClaimReadResult {
  stated: string;
  /** Where the stated words stand in the quote. */
  span: TextSpan;
  value: ClaimValue;
  /** What the parser read before any override, or null when it read nothing. */
  parsed: ClaimValue | null;
  /** When the reader proposed the stated words: every candidate, best first, to pick from. */
  candidates: StatedCandidate[];
}

/**
 * The one path from a passage to a claim's value, shared by the server (recording and editing)
 * and the panel's preview: choose the stated words, read them in place, apply the editor's
 * numbers. A failure names the field to fix.
 */
export function readClaim(input: ClaimReading): ClaimResult<ClaimReadResult> {
  const huge = hugeFigureIn(input.stated || input.quote);
  if (huge && !input.override)
    return fail(
      "value_out_of_range",
      "value",
      `The figure ${shorten(huge)} is beyond what Crosscheck stores (at most 10^15); give the value yourself if the source means it.`,
    );
  const chosen = chooseStated(input);
  if (!chosen.ok) return chosen;
  const { span, candidates } = chosen.value;
  const stated = input.quote.slice(span.start, span.end);
  const reading: ReadingContext = {
    measure: input.measure,
    context: input.context,
    language: input.language,
  };
  const parsed = readStatedValue(input.kind, input.quote, span, input.reference, reading);
  const result = effectiveValue(input.kind, parsed, input.override, stated);
  if (!result.ok) return fail(result.code, "value", result.message);
  const problem = valueProblem(input.kind, result.value);
  if (problem) return fail(problem.code, "value", `${capitalize(problem.message)}.`);
  return {
    ok: true,
    value: { stated, span, value: result.value, parsed: result.parsed, candidates },
  };
}

type Chosen = { span: TextSpan; candidates: StatedCandidate[] };

// The stated words: the editor's (which must be words of the passage), else the candidate that
// best fits the question — asking when two fit equally well —, else, when the editor gives the
// value, the whole passage.
function chooseStated(input: ClaimReading): ClaimResult<Chosen> {
  const { kind, quote, stated, override, reference, measure, context, language } = input;
  if (stated) {
    const found = containsWords(quote, stated);
    return found.ok
      ? { ok: true, value: { span: { start: found.start, end: found.end }, candidates: [] } }
      : fail(
          "stated_not_in_quote",
          "stated",
          `The stated words “${stated}” are not in the quoted passage; they must be quoted from it verbatim.`,
        );
  }
  const candidates = rankStatedCandidates({ kind, quote, reference, measure, context, language });
  const tied = override ? null : ambiguousBest(candidates, measure);
  if (tied) {
    const listed = tied.map((candidate) => `“${candidate.wording}”`).join(", ");
    return fail(
      "stated_ambiguous",
      "stated",
      `The passage gives ${tied.length} figures that fit “${measure}” equally well (${listed}); choose the stated words.`,
      { candidates: tied },
    );
  }
  const best = candidates[0];
  if (best) return { ok: true, value: { span: { start: best.start, end: best.end }, candidates } };
  if (override) return { ok: true, value: { span: { start: 0, end: quote.length }, candidates } };
  const wanted = kind === "date" ? "date" : "figure";
  const other = rankStatedCandidates({
    kind: kind === "date" ? "count" : "date",
    quote,
    reference,
    language,
  });
  const hint = other.some((candidate) => !candidate.notStated)
    ? ` (it gives a ${kind === "date" ? "figure" : "date"}, but this question asks for a ${kind})`
    : "";
  return fail(
    "no_figure_in_quote",
    "stated",
    `No ${wanted} was found in the quote${hint}; give the stated words or the value.`,
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Readers pass over figures of more than 16 digits (they are no count a source reports, and a
// double cannot hold them); the editor is told so rather than that there is no figure at all.
function hugeFigureIn(text: string): string | null {
  return /\d(?:[,.\u00a0\u202f\u2009 ]?\d){16,}/.exec(text)?.[0] ?? null;
}

function shorten(figure: string): string {
  return figure.length > 24
    ? `${figure.slice(0, 10)}…${figure.slice(-6)} (${figure.length} characters)`
    : figure;
}
