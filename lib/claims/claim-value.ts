import { findDates } from "@/lib/values/find-dates";
import { applyOverride } from "@/lib/values/apply-override";
import { findQuantities } from "@/lib/values/find-quantities";
import { parseDate } from "@/lib/values/parse-date";
import { parseQuantity } from "@/lib/values/parse-quantity";
import type { DateValue, ParseResult, QuantityValue, ReferenceDate } from "@/lib/values/types";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { ValueOverrideInput } from "./claim-schema";

export type ClaimValue = QuantityValue | DateValue;

export interface TextSpan {
  start: number;
  end: number;
}

export type ValueProblem = {
  code: "needs_value" | "value_unparseable" | "value_kind_mismatch";
  message: string;
};

/**
 * The words of a quote an editor most likely means: its first date for a date question, else its
 * first figure that is not a span of time. Offsets are within the quote; null when there is none.
 */
export function proposeStated(
  kind: QuestionKind,
  quote: string,
  reference: ReferenceDate | null,
  language?: string | null,
): TextSpan | null {
  if (kind === "date") {
    const match = findDates(quote, { reference, language })[0];
    return match ? { start: match.start, end: match.end } : null;
  }
  const figures = findQuantities(quote, { language });
  const match = figures.find((figure) => !figure.isDuration) ?? figures[0];
  if (!match) return null;
  return {
    start: match.start,
    end: match.end + countedLength(quote.slice(match.end), match.value.counted),
  };
}

/**
 * Reads the value of the stated words where they stand in the passage, so a relative date ("a
 * year later") can lean on a date before it, and otherwise on the source's publication date.
 */
export function readStatedValue(
  kind: QuestionKind,
  quote: string,
  stated: TextSpan,
  reference: ReferenceDate | null,
  language?: string | null,
): ParseResult<ClaimValue> {
  const words = quote.slice(stated.start, stated.end);
  if (kind !== "date") return parseQuantity(words, { language });
  const inPlace = findDates(quote, { reference, language })
    .filter((match) => match.start < stated.end && stated.start < match.end)
    .sort((a, b) => overlap(b, stated) - overlap(a, stated))[0];
  return inPlace?.result ?? parseDate(words, { reference, language });
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

// "26" reads better as "26 citizens of Armenian nationality": what is counted belongs to the
// stated words when it follows the figure directly (or after "of", "de", "di", "d'").
function countedLength(rest: string, counted: string | null): number {
  if (!counted) return 0;
  const words = counted
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const match = new RegExp(
    `^\\s+(?:(?:of|de|del|di|von)\\s+|d['’]\\s*)?${words.join("\\s+")}(?![\\p{L}\\p{N}])`,
    "u",
  ).exec(rest);
  return match ? match[0].length : 0;
}

function overlap(a: TextSpan, b: TextSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}
