import type { RuleTable } from "./rule-types";
import { defaultRules } from "./rules";

/**
 * A rule id ("bound.more-than+vague.hundreds") with what each part means, from the rules table,
 * for people checking how wording became numbers.
 */
export function explainRule(ruleId: string, rules: RuleTable = defaultRules): string {
  if (ruleId === "editor.override") return "set by an editor";
  const parts = ruleId.split("+").map((id) => rules[id]?.description ?? "");
  const meaning = parts.filter(Boolean).join(" Then: ");
  return meaning ? `${ruleId}: ${meaning}` : ruleId;
}
