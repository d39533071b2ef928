import {
  anchorReference,
  coarser,
  publicationReference,
  referenceSpan,
  shiftSpan,
  unitPrecision,
  widen,
  type DateCandidate,
  type Span,
  type TimeUnit,
} from "./date-span";
import { ruleById, type RuleTable } from "./rule-types";
import type { DatePrecision } from "./types";

type Resolve = DateCandidate["resolve"];

/** Resolves "N units ago" (and kin) from the source's reference date, by the rule `id`. */
export function fromReference(
  id: string,
  unit: TimeUnit,
  amount: number,
  rules: RuleTable,
): Resolve {
  return ({ reference }) => {
    const rule = ruleById(rules, id, "relative");
    if (!rule)
      return { code: "not-recognised", reason: `needs the rule ${id}, which is switched off` };
    if (!reference) {
      return {
        code: "needs-reference-date",
        reason: "is relative and needs a reference date (the source’s publication date)",
      };
    }
    const base = referenceSpan(reference);
    if (!base) {
      return {
        code: "needs-reference-date",
        reason: "is relative, and the reference date given is not a real date",
      };
    }
    return {
      ...shift(base, unit, amount, precisionOf(rule.precision, unit), id),
      reference: publicationReference(reference),
    };
  };
}

/**
 * Resolves "N units later" (and kin) from the previous date in the passage, else from the
 * nearest earlier date in its section ("In November 1988 …" a paragraph before "A year later").
 */
export function fromPrevious(unit: TimeUnit, amount: number, rules: RuleTable): Resolve {
  return ({ previous, section }) => {
    const rule = ruleById(rules, "relative.later", "relative");
    if (!rule)
      return {
        code: "not-recognised",
        reason: "needs the rule relative.later, which is switched off",
      };
    const base = previous ?? section?.latest ?? null;
    if (!base) {
      return {
        code: "needs-reference-date",
        reason: "counts from an earlier date, and neither the passage nor its section gives one",
      };
    }
    return {
      ...shift(base, unit, amount, precisionOf(rule.precision, unit), "relative.later"),
      reference: anchorReference(previous ? "passage" : "section", base),
    };
  };
}

// The result is no more precise than what it counts from: a year later than "November 1988" is
// 1989, and three months before a reference known only as 2020 may fall in 2019 or 2020.
function shift(
  base: Span,
  unit: TimeUnit,
  amount: number,
  precision: DatePrecision,
  rule: string,
): Span {
  const shifted = shiftSpan(base, unit, amount);
  const basePrecision = base.precision === "season" ? "month" : base.precision;
  const { wording: _counted, ...span } = widen(shifted, coarser(precision, basePrecision));
  return { ...span, rule, relative: true };
}

function precisionOf(precision: "unit" | "day" | "month" | "year", unit: TimeUnit): DatePrecision {
  return precision === "unit" ? unitPrecision(unit) : precision;
}
