import { dayNumber, parseIsoDay } from "./calendar";
import { shapeOf } from "./date-shape";
import type { Bound, DateValue, QuantityKind, QuantityValue, ValueOverride } from "./types";

/**
 * The value with an editor's numbers in place of the parsed ones. Fields absent from the
 * override keep their parsed numbers; reversed ends are put back in order; date strings that
 * are not real days ("1988-02-30") are ignored, so validate them in the form. The caller keeps
 * the parsed value and the override; this only computes the effective value.
 */
export function applyOverride<T extends QuantityValue | DateValue>(
  value: T,
  override: ValueOverride | null | undefined,
): T {
  if (!override) return value;
  return (
    value.type === "quantity" ? overrideQuantity(value, override) : overrideDate(value, override)
  ) as T;
}

function overrideQuantity(value: QuantityValue, override: ValueOverride): QuantityValue {
  const touched = override.low !== undefined || override.high !== undefined;
  const best = override.best !== undefined ? override.best : value.best;
  if (!touched && override.best === undefined) return value;
  let low = override.low !== undefined ? override.low : value.low;
  let high = override.high !== undefined ? override.high : value.high;
  if (low && high && low.value > high.value) [low, high] = [high, low];
  const kind = touched ? kindOf(low, high, value.kind) : value.kind;
  // A parsed figure the editor's new bounds exclude is no longer the best estimate of anything.
  const keptBest = override.best === undefined && !within(best, low, high) ? null : best;
  return { ...value, low, high, best: keptBest, kind, overridden: true };
}

function overrideDate(value: DateValue, override: ValueOverride): DateValue {
  const first = pick(override.first, value.first);
  const last = pick(override.last, value.last);
  if (first === value.first && last === value.last) return value;
  const [a, b] = [first && parseIsoDay(first), last && parseIsoDay(last)];
  if (a && b && dayNumber(a) > dayNumber(b))
    return overrideDate(value, { first: last, last: first });
  const precision = a && b ? shapeOf(a, b) : value.precision;
  return { ...value, first, last, precision, overridden: true };
}

function within(best: number | null, low: Bound, high: Bound): boolean {
  if (best === null) return true;
  const aboveLow = !low || (low.inclusive ? best >= low.value : best > low.value);
  const belowHigh = !high || (high.inclusive ? best <= high.value : best < high.value);
  return aboveLow && belowHigh;
}

function pick(edited: string | null | undefined, parsed: string | null): string | null {
  if (edited === undefined) return parsed;
  if (edited === null) return null;
  return parseIsoDay(edited) ? edited : parsed;
}

// The kind follows the edited numbers; a vague or approximate value edited into another span
// keeps its kind, as the wording still says what it is.
function kindOf(low: Bound, high: Bound, parsed: QuantityKind): QuantityKind {
  if (low && high) {
    if (low.value === high.value) return "exact";
    if (parsed === "upper-bound" && low.value === 0) return parsed;
    return parsed === "vague" || parsed === "approximate" || parsed === "range" ? parsed : "range";
  }
  if (low) return "lower-bound";
  return high ? "upper-bound" : "vague";
}
