import { findDates } from "@/lib/values/find-dates";
import { findNotStated } from "@/lib/values/find-not-stated";
import { applyOverride } from "@/lib/values/apply-override";
import { parseDate } from "@/lib/values/parse-date";
import { parseQuantity } from "@/lib/values/parse-quantity";
import { RULES_VERSION } from "@/lib/values/rules-version";
import type { DateValue, ParseResult, QuantityValue, ReferenceDate } from "@/lib/values/types";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { ValueOverrideInput } from "./claim-schema";
import { rankStatedCandidates } from "./stated-candidates";

export type ClaimValue = QuantityValue | DateValue;

export interface TextSpan {
  start: number;
  end: number;
}

export type ValueProblem = {
  code: "needs_value" | "value_unparseable" | "value_kind_mismatch" | "no_value_stated";
  message: string;
};

/** What the words of a passage are read against, beside the question's kind. */
export interface ReadingContext {
  /** The question's measure ("Armenians killed"), to tell which figure is meant. */
  measure?: string | null;
  /** The text of the passage's section before it, for days without a year. */
  context?: string | null;
  /** The source's language (ISO 639-1, "es"); absent or unsupported reads as English. */
  language?: string | null;
}

/**
 * The words of a quote an editor most likely means: the candidate that best fits the question
 * (see rankStatedCandidates), the first of equals. Offsets are within the quote; null when
 * there is none.
 */
export function proposeStated(
  kind: QuestionKind,
  quote: string,
  reference: ReferenceDate | null,
  { measure, context, language }: ReadingContext = {},
): TextSpan | null {
  const best = rankStatedCandidates({ kind, quote, reference, measure, context, language })[0];
  return best ? { start: best.start, end: best.end } : null;
}

/**
 * Reads the value of the stated words where they stand in the passage, so a relative date ("a
 * year later") can lean on a date before it (or in the section before the passage), and
 * otherwise on the source's publication date. Of several figures in the stated words, the one
 * that best fits the measure is read.
 */
export function readStatedValue(
  kind: QuestionKind,
  quote: string,
  stated: TextSpan,
  reference: ReferenceDate | null,
  { measure, context, language }: ReadingContext = {},
): ParseResult<ClaimValue> {
  const words = quote.slice(stated.start, stated.end);
  if (kind !== "date") {
    const best = rankStatedCandidates({ kind, quote: words, reference, measure, language }).find(
      (candidate) => candidate.value !== null,
    );
    return best?.value ? { ok: true, value: best.value } : parseQuantity(words, { language });
  }
  const inPlace = findDates(quote, { reference, context, language })
    .filter((match) => match.start < stated.end && stated.start < match.end)
    .sort((a, b) => overlap(b, stated) - overlap(a, stated))[0];
  return inPlace?.result ?? parseDate(words, { reference, context, language });
}

/**
 * The value a claim is compared by: what the parser read with the editor's numbers applied, or
 * the editor's numbers alone when the parser read nothing. A problem when there is neither.
 */
export function effectiveValue(
  kind: QuestionKind,
  parsed: ParseResult<ClaimValue>,
  override: ValueOverrideInput | null | undefined,
  stated: string,
): { ok: true; value: ClaimValue; parsed: ClaimValue | null } | ({ ok: false } & ValueProblem) {
  const mismatch = override ? kindMismatch(kind, override) : null;
  if (mismatch) return { ok: false, code: "value_kind_mismatch", message: mismatch };
  if (parsed.ok) {
    if (!matchesKind(kind, parsed.value)) {
      const message = `“${stated}” reads as a ${parsed.value.type}, but the question asks for a ${kind}`;
      return override
        ? { ok: true, value: fromOverride(kind, override, stated), parsed: null }
        : { ok: false, code: "value_unparseable", message };
    }
    return { ok: true, value: applyOverride(parsed.value, override), parsed: parsed.value };
  }
  if (override) return { ok: true, value: fromOverride(kind, override, stated), parsed: null };
  const unknown = findNotStated(stated)[0];
  if (unknown)
    return {
      ok: false,
      code: "no_value_stated",
      message: `The source says the figure is not known (“${unknown.wording}”); there is no value to compare. Quote other words, or give the value if you know it from elsewhere`,
    };
  return parsed.code === "needs-reference-date"
    ? {
        ok: false,
        code: "needs_value",
        message: `${parsed.reason}; give the value (first and last day) yourself`,
      }
    : {
        ok: false,
        code: "value_unparseable",
        message: `${parsed.reason}; give the value yourself`,
      };
}

/** A publication date ("2023-01") as the reference relative dates are resolved against. */
export function referenceOf(published: string | null): ReferenceDate | null {
  const match = published ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(published) : null;
  if (!match) return null;
  const reference: ReferenceDate = { year: Number(match[1]) };
  if (match[2]) reference.month = Number(match[2]);
  if (match[3]) reference.day = Number(match[3]);
  return reference;
}

function fromOverride(
  kind: QuestionKind,
  override: ValueOverrideInput,
  stated: string,
): ClaimValue {
  const rule = "editor.override";
  if (kind === "date") {
    const blank: DateValue = {
      type: "date",
      first: null,
      last: null,
      precision: "day",
      wording: stated,
      rule,
      rulesVersion: RULES_VERSION,
    };
    return applyOverride(blank, override);
  }
  // "best" alone means the editor states one exact figure.
  const onlyBest =
    override.low === undefined && override.high === undefined && override.best != null;
  const exact = onlyBest ? { value: override.best as number, inclusive: true } : undefined;
  const blank: QuantityValue = {
    type: "quantity",
    low: null,
    high: null,
    best: null,
    kind: "vague",
    wording: stated,
    counted: null,
    rule,
    rulesVersion: RULES_VERSION,
  };
  return applyOverride(blank, exact ? { ...override, low: exact, high: exact } : override);
}

function kindMismatch(kind: QuestionKind, override: ValueOverrideInput): string | null {
  const hasNumbers = [override.low, override.high, override.best].some((f) => f !== undefined);
  const hasDays = override.first !== undefined || override.last !== undefined;
  if (kind === "date" && hasNumbers)
    return "This question is about a date: give first and last (YYYY-MM-DD)";
  if (kind !== "date" && hasDays) return "This question is about a number: give low, high or best";
  return null;
}

function matchesKind(kind: QuestionKind, value: ClaimValue): boolean {
  return (kind === "date") === (value.type === "date");
}

function overlap(a: TextSpan, b: TextSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}
