import { containsWords } from "@/lib/passages/contains-words";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { ReferenceDate } from "@/lib/values/types";
import { fail, type ClaimResult } from "./claim-failure";
import type { ValueOverrideInput } from "./claim-schema";
import { valueProblem } from "./value-limits";
import {
  effectiveValue,
  proposeStated,
  readStatedValue,
  type ClaimValue,
  type TextSpan,
} from "./claim-value";

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
}

/** What a claim states and the value it is compared by. */
export interface ClaimReadResult {
  stated: string;
  /** Where the stated words stand in the quote. */
  span: TextSpan;
  value: ClaimValue;
  /** What the parser read before any override, or null when it read nothing. */
  parsed: ClaimValue | null;
}

/**
 * The one path from a passage to a claim's value, shared by the server (recording and editing)
 * and the panel's preview: choose the stated words, read them in place, apply the editor's
 * numbers. A failure names the field to fix.
 */
export function readClaim(input: ClaimReading): ClaimResult<ClaimReadResult> {
  const span = chooseStated(input);
  if (!span.ok) return span;
  const stated = input.quote.slice(span.value.start, span.value.end);
  const parsed = readStatedValue(input.kind, input.quote, span.value, input.reference);
  const result = effectiveValue(input.kind, parsed, input.override, stated);
  if (!result.ok) return fail(result.code, "value", result.message);
  const problem = valueProblem(input.kind, result.value);
  if (problem) return fail(problem.code, "value", `${capitalize(problem.message)}.`);
  return {
    ok: true,
    value: { stated, span: span.value, value: result.value, parsed: result.parsed },
  };
}

// The stated words: the editor's (which must be words of the passage), else the figure the parser
// finds first, else — when the editor gives the value — the whole passage.
function chooseStated({ kind, quote, stated, override, reference }: ClaimReading) {
  if (stated) {
    const found = containsWords(quote, stated);
    return found.ok
      ? ({ ok: true, value: { start: found.start, end: found.end } } as const)
      : fail<TextSpan>(
          "stated_not_in_quote",
          "stated",
          `The stated words “${stated}” are not in the quoted passage; they must be quoted from it verbatim.`,
        );
  }
  const proposed = proposeStated(kind, quote, reference);
  if (proposed) return { ok: true, value: proposed } as const;
  if (override) return { ok: true, value: { start: 0, end: quote.length } } as const;
  const wanted = kind === "date" ? "date" : "figure";
  const other = proposeStated(kind === "date" ? "count" : "date", quote, reference);
  const hint = other
    ? ` (it gives a ${kind === "date" ? "figure" : "date"}, but this question asks for a ${kind})`
    : "";
  return fail<TextSpan>(
    "no_figure_in_quote",
    "stated",
    `No ${wanted} was found in the quote${hint}; give the stated words or the value.`,
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
