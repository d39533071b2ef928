import { findQuantities, type QuantityOptions } from "./find-quantities";
import { quoted } from "./quoted";
import { tokenize } from "./tokenize";
import { readOneUnit } from "./read-figure";
import type { RuleTable } from "./rule-types";
import { defaultRules } from "./rules";
import type { ParseResult, QuantityValue } from "./types";

/**
 * The figure stated in `text` (a phrase or a whole passage) as a quantity value. Of several
 * figures it takes the first that is not a date, a year or an ordinal, passing over spans of
 * time ("over three days") when another figure exists.
 */
export function parseQuantity(
  text: string,
  options: QuantityOptions = {},
): ParseResult<QuantityValue> {
  if (typeof text !== "string")
    return { ok: false, code: "not-recognised", reason: "no text to read a figure from" };
  const found = findQuantities(text, options);
  const chosen = found.find((match) => !match.isDuration) ?? found[0];
  if (chosen) return { ok: true, value: chosen.value };
  const bare =
    bareNumber(text, options.rules ?? defaultRules) ?? oneUnit(text, options.rules ?? defaultRules);
  if (bare) return { ok: true, value: bare };
  const onlyDates = /\d/.test(text) ? " (only dates, years or ordinals)" : "";
  return {
    ok: false,
    code: "not-recognised",
    reason: `no number found in ${quoted(text)}${onlyDates}`,
  };
}

// "2000" alone, as a table cell gives it, reads as a year in prose; asked for a figure and
// given nothing else, it is the figure.
function bareNumber(text: string, rules: RuleTable): QuantityValue | null {
  const wording = text.trim();
  if (!/^\d{4}$/.test(wording) || !rules.exact) return null;
  const end = { value: Number(wording), inclusive: true };
  return {
    type: "quantity",
    low: end,
    high: end,
    best: end.value,
    kind: "exact",
    wording,
    counted: null,
    rule: "exact",
  };
}

// "a week" alone, as an editor selects it, is one week; in a passage "a" is only an article.
function oneUnit(text: string, rules: RuleTable): QuantityValue | null {
  const tokens = tokenize(text);
  const core = tokens.length === 2 ? readOneUnit(tokens, 0, rules) : null;
  if (!core) return null;
  const end = { value: core.low, inclusive: true };
  const unit = tokens[1]?.text ?? "";
  return {
    type: "quantity",
    low: end,
    high: end,
    best: core.low,
    kind: "exact",
    wording: text.trim(),
    counted: unit,
    rule: "exact",
  };
}
