import type { QuestionKind } from "@/lib/questions/question-kinds";
import type { ClaimValue } from "./claim-value";

/**
 * The largest figure Crosscheck stores, in absolute value: 10^15. Every count a source can state
 * is far below it, every number up to it is exact in a double, and it keeps a typo of a thousand
 * digits (read as Infinity by JavaScript) out of the verdicts.
 */
export const MAX_FIGURE = 1e15;

/** Whether a number may be stored as a figure: finite and within ±MAX_FIGURE. */
export function isStorableFigure(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_FIGURE;
}

export interface ValueProblem {
  code: "value_out_of_range" | "value_invalid";
  message: string;
}

/**
 * Why a value cannot be stored, or null. Counts are never negative; their best figure is a whole
 * number (the bounds may be fractional: "about 25" allows 22.5 to 27.5). A best figure lies
 * within the value's own bounds.
 */
export function valueProblem(kind: QuestionKind, value: ClaimValue): ValueProblem | null {
  if (value.type !== "quantity") return null;
  const { low, high, best } = value;
  const figures = [low?.value, high?.value, best].filter(
    (figure): figure is number => figure !== null && figure !== undefined,
  );
  const huge = figures.find((figure) => !isStorableFigure(figure));
  if (huge !== undefined)
    return {
      code: "value_out_of_range",
      message: `the figure ${String(huge)} is beyond what Crosscheck stores (at most 10^15 in absolute value)`,
    };
  if (kind === "count" && figures.some((figure) => figure < 0))
    return { code: "value_invalid", message: "a count cannot be negative" };
  if (kind === "count" && best !== null && !Number.isInteger(best))
    return { code: "value_invalid", message: `a count is a whole number, not ${best}` };
  const belowLow = best !== null && low && (low.inclusive ? best < low.value : best <= low.value);
  const aboveHigh =
    best !== null && high && (high.inclusive ? best > high.value : best >= high.value);
  if (belowLow || aboveHigh)
    return { code: "value_invalid", message: `the best figure ${best} lies outside low–high` };
  return null;
}
