import { matchPhrase, phraseRules, wordsAt, type PhraseHit } from "./phrase-match";
import { readCore, readOneUnit, type Core } from "./read-figure";
import { roundFloat } from "./read-number";
import type { QuantityRule, RuleTable } from "./rule-types";
import { spaceBetween, type Token } from "./tokenize";
import type { Bound, QuantityKind } from "./types";

type Qualifier = PhraseHit<"approximate"> | PhraseHit<"lower-bound"> | PhraseHit<"upper-bound">;

/** What a figure says before what it counts is known: numbers, kind and rule. */
export interface QuantityCore {
  startToken: number;
  next: number;
  /** Where the words saying what is counted start (usually `next`). */
  countedFrom: number;
  low: Bound;
  high: Bound;
  best: number | null;
  kind: QuantityKind;
  rule: string;
  qualifier: Qualifier | null;
}

/** Reads "more than a hundred", "between 150 and 300", "hundreds" … starting at token `i`. */
export function readQuantityAt(
  text: string,
  tokens: Token[],
  i: number,
  rules: RuleTable,
): QuantityCore | null {
  const prefix = readQualifier(text, tokens, i, rules);
  const core =
    readCore(text, tokens, prefix ? prefix.next : i, rules) ??
    (prefix ? readOneUnit(tokens, prefix.next, rules) : null);
  if (!core) return null;
  const suffix =
    prefix || core.kind !== "exact" ? null : readSuffixQualifier(text, tokens, core.next, rules);
  const qualifier = prefix ?? suffix;
  const next = suffix ? suffix.next : core.next;
  const base = { startToken: i, next, countedFrom: core.countedFrom ?? next, qualifier };
  if (!qualifier) {
    const best = core.kind === "exact" ? core.low : core.best;
    return {
      ...base,
      low: closed(core.low),
      high: closed(core.high),
      best,
      kind: core.kind,
      rule: core.rule,
    };
  }
  const rule = core.kind === "exact" ? qualifier.id : `${qualifier.id}+${core.rule}`;
  return { ...base, ...qualify(qualifier.rule, core), rule };
}

function qualify(
  q: QuantityRule,
  core: Core,
): Pick<QuantityCore, "low" | "high" | "best" | "kind"> {
  switch (q.kind) {
    case "approximate":
      if (core.kind === "vague")
        return { low: closed(core.low), high: closed(core.high), best: core.best, kind: "vague" };
      return {
        low: closed(roundFloat(core.low * (1 - q.below))),
        high: closed(roundFloat(core.high * (1 + q.above))),
        best: core.kind === "exact" ? core.low : null,
        kind: core.kind === "exact" ? "approximate" : "range",
      };
    case "lower-bound":
      return {
        low: { value: roundFloat(core.low * (1 + q.margin)), inclusive: q.inclusive },
        high: null,
        best: null,
        kind: "lower-bound",
      };
    case "upper-bound":
      return {
        low: closed(0),
        high: { value: core.high, inclusive: q.inclusive },
        best: null,
        kind: "upper-bound",
      };
    default:
      return { low: closed(core.low), high: closed(core.high), best: core.best, kind: core.kind };
  }
}

function readQualifier(
  text: string,
  tokens: Token[],
  i: number,
  rules: RuleTable,
): Qualifier | null {
  const hits = [
    matchPhrase(text, tokens, i, phraseRules(rules, "approximate")),
    matchPhrase(text, tokens, i, phraseRules(rules, "lower-bound")),
    matchPhrase(text, tokens, i, phraseRules(rules, "upper-bound")),
  ].filter((hit): hit is Qualifier => hit !== null);
  hits.sort((a, b) => b.next - a.next);
  return hits[0] ?? null;
}

// Qualifiers written after the figure ("26 or more"), mapped to the rule with the same meaning.
const SUFFIXES: { words: string[]; rule: string }[] = [
  { words: ["or", "more"], rule: "bound.at-least" },
  { words: ["and", "more"], rule: "bound.at-least" },
  { words: ["or", "above"], rule: "bound.at-least" },
  { words: ["+"], rule: "bound.at-least" },
  { words: ["or", "fewer"], rule: "bound.at-most" },
  { words: ["or", "less"], rule: "bound.at-most" },
  { words: ["or", "so"], rule: "approx.about" },
];

function readSuffixQualifier(
  text: string,
  tokens: Token[],
  i: number,
  rules: RuleTable,
): Qualifier | null {
  const before = tokens[i - 1];
  const here = tokens[i];
  if (!before || !here) return null;
  for (const { words, rule: id } of SUFFIXES) {
    const rule = rules[id];
    const gapOk = words[0] === "+" || spaceBetween(text, before, here) === "space";
    if (!rule || !gapOk || !wordsAt(text, tokens, i, words)) continue;
    if (rule.kind === "approximate" || rule.kind === "lower-bound" || rule.kind === "upper-bound") {
      return { id, rule, words, next: i + words.length } as Qualifier;
    }
  }
  return null;
}

function closed(value: number): Bound {
  return { value, inclusive: true };
}
