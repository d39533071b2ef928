import {
  coarser,
  referenceSpan,
  shiftSpan,
  unitPrecision,
  widen,
  type DateCandidate,
  type Span,
  type SpanContext,
  type SpanFailure,
  type TimeUnit,
} from "./date-span";
import { ordinalValue, readNumber } from "./read-number";
import { ruleById, type RuleTable } from "./rule-types";
import { tokenize, type Token } from "./tokenize";
import type { DatePrecision } from "./types";

const UNITS: Record<string, TimeUnit> = {
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  year: "year",
  years: "year",
  decade: "decade",
  decades: "decade",
};
const LATER: Record<string, 1 | -1> = {
  later: 1,
  afterwards: 1,
  after: 1,
  earlier: -1,
  before: -1,
};
const NEIGHBOUR: Record<string, 1 | -1 | 0> = {
  following: 1,
  next: 1,
  previous: -1,
  preceding: -1,
  same: 0,
};
const CALENDAR: Record<string, 1 | -1 | 0> = { last: -1, this: 0, next: 1 };

type Resolve = DateCandidate["resolve"];

/** Relative dates: "Thirty-three years ago", "the 32nd anniversary", "a year later", "last year". */
export function relativeCandidates(text: string, rules: RuleTable): DateCandidate[] {
  const tokens = tokenize(text);
  const found: DateCandidate[] = [];
  const add = (from: number, to: number, resolve: Resolve) => {
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    found.push({ start: first.start, end: last.end, resolve });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]?.lower ?? "";
    const amount =
      readNumber(text, tokens, i) ??
      (word === "a" || word === "an" ? { value: 1, next: i + 1 } : null);
    const unit = amount ? UNITS[tokens[amount.next]?.lower ?? ""] : undefined;
    const direction = amount ? (tokens[amount.next + 1]?.lower ?? "") : "";
    if (amount && unit && direction === "ago") {
      const onThisDay = ["on", "this", "day"].every((w, k) => tokens[i - 3 + k]?.lower === w)
        ? 3
        : ["this", "day"].every((w, k) => tokens[i - 2 + k]?.lower === w)
          ? 2
          : 0;
      const id = onThisDay ? "relative.on-this-day" : "relative.ago";
      add(i - onThisDay, amount.next + 2, fromReference(id, unit, -amount.value, rules));
    } else if (
      amount &&
      unit &&
      LATER[direction] !== undefined &&
      ((direction !== "before" && direction !== "after") || isClauseEnd(tokens[amount.next + 2]))
    ) {
      add(i, amount.next + 2, fromPrevious(unit, amount.value * (LATER[direction] ?? 1), rules));
    } else if (
      word === "the" &&
      NEIGHBOUR[tokens[i + 1]?.lower ?? ""] !== undefined &&
      UNITS[tokens[i + 2]?.lower ?? ""]
    ) {
      add(
        i,
        i + 3,
        fromPrevious(
          UNITS[tokens[i + 2]?.lower ?? ""] as TimeUnit,
          NEIGHBOUR[tokens[i + 1]?.lower ?? ""] ?? 0,
          rules,
        ),
      );
    } else if (
      ordinalValue(tokens[i] as Token) !== null &&
      tokens[i + 1]?.lower === "anniversary"
    ) {
      const from = tokens[i - 1]?.lower === "the" ? i - 1 : i;
      add(
        from,
        i + 2,
        fromReference(
          "relative.anniversary",
          "year",
          -(ordinalValue(tokens[i] as Token) ?? 0),
          rules,
        ),
      );
    } else if (
      CALENDAR[word] !== undefined &&
      (tokens[i + 1]?.lower === "year" || tokens[i + 1]?.lower === "month") &&
      !followsArticle(tokens[i - 1])
    ) {
      add(
        i,
        i + 2,
        fromReference(
          "relative.calendar",
          UNITS[tokens[i + 1]?.lower ?? ""] as TimeUnit,
          CALENDAR[word] ?? 0,
          rules,
        ),
      );
    } else if (word === "yesterday") {
      // "today" is left out: in news prose it mostly means "nowadays" ("which today is …").
      add(i, i + 1, fromReference("relative.calendar", "day", -1, rules));
    }
  }
  return found;
}

function fromReference(id: string, unit: TimeUnit, amount: number, rules: RuleTable): Resolve {
  return ({ reference }) => {
    const rule = ruleById(rules, id, "relative");
    if (!rule)
      return { code: "not-recognised", reason: `needs the rule ${id}, which is switched off` };
    if (!reference)
      return {
        code: "needs-reference-date",
        reason: "is relative and needs a reference date (the source’s publication date)",
      };
    const base = referenceSpan(reference);
    if (!base)
      return {
        code: "needs-reference-date",
        reason: "is relative, and the reference date given is not a real date",
      };
    return resolveShift(base, unit, amount, precisionOf(rule.precision, unit), id);
  };
}

function fromPrevious(unit: TimeUnit, amount: number, rules: RuleTable): Resolve {
  return ({ previous }: SpanContext): Span | SpanFailure => {
    const rule = ruleById(rules, "relative.later", "relative");
    if (!rule)
      return {
        code: "not-recognised",
        reason: "needs the rule relative.later, which is switched off",
      };
    if (!previous)
      return {
        code: "needs-reference-date",
        reason: "counts from an earlier date, and the passage gives none before it",
      };
    return resolveShift(
      previous,
      unit,
      amount,
      precisionOf(rule.precision, unit),
      "relative.later",
    );
  };
}

function resolveShift(
  base: Span,
  unit: TimeUnit,
  amount: number,
  precision: DatePrecision,
  rule: string,
): Span {
  const shifted = shiftSpan(base, unit, amount);
  return {
    ...widen(shifted, coarser(precision, base.precision === "season" ? "month" : base.precision)),
    rule,
    relative: true,
  };
}

function precisionOf(precision: "unit" | "day" | "month" | "year", unit: TimeUnit): DatePrecision {
  return precision === "unit" ? unitPrecision(unit) : precision;
}

function isClauseEnd(token: Token | undefined): boolean {
  return !token || (token.kind === "punct" && /[,.;:!?)]/.test(token.text));
}

// "the last year" is the past twelve months and "the next year" counts from the passage's
// previous date, so only a bare "last year" / "next year" counts from the reference.
function followsArticle(token: Token | undefined): boolean {
  return token?.lower === "the";
}
