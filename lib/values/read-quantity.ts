import { isTimeUnit } from "./counted-thing";
import { matchPhrase, phraseRules, wordsAt, type PhraseHit } from "./phrase-match";
import { readNumber, roundFloat } from "./read-number";
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

interface Core {
  next: number;
  low: number;
  high: number;
  best: number | null;
  rule: string;
  kind: "exact" | "range" | "vague";
  /** Set when the figure's words include what it counts ("a month"). */
  countedFrom?: number;
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
  for (const { words, rule: id } of SUFFIXES) {
    const rule = rules[id];
    const gapOk =
      words[0] === "+" ||
      spaceBetween(text, tokens[i - 1] as Token, tokens[i] ?? (tokens[i - 1] as Token)) === "space";
    if (!rule || !gapOk || !wordsAt(text, tokens, i, words)) continue;
    if (rule.kind === "approximate" || rule.kind === "lower-bound" || rule.kind === "upper-bound") {
      return { id, rule, words, next: i + words.length } as Qualifier;
    }
  }
  return null;
}

function readCore(text: string, tokens: Token[], i: number, rules: RuleTable): Core | null {
  const vague = matchPhrase(text, tokens, i, phraseRules(rules, "vague"));
  if (vague) {
    const { low, high, best } = vague.rule;
    return { next: vague.next, low, high, best, rule: vague.id, kind: "vague" };
  }
  const word = tokens[i]?.lower;
  if ((word === "between" || word === "from") && rules.range) {
    const range = readRange(text, tokens, i + 1, word === "between" ? ["and"] : ["to"]);
    if (range) return range;
  }
  const first = readFigure(text, tokens, i);
  if (!first) return null;
  if (rules.range) {
    const range = readRange(text, tokens, i, ["to", "-", "–", "—", "or"]);
    if (range) return range;
  }
  return rules.exact
    ? {
        next: first.next,
        low: first.value,
        high: first.value,
        best: first.value,
        rule: "exact",
        kind: "exact",
      }
    : null;
}

// "over a month", "nearly a year": after a qualifier, "a" before a unit of time is one.
function readOneUnit(tokens: Token[], i: number, rules: RuleTable): Core | null {
  const article = tokens[i]?.lower;
  if (
    (article !== "a" && article !== "an") ||
    !isTimeUnit(tokens[i + 1]?.lower ?? "") ||
    !rules.exact
  )
    return null;
  return {
    next: i + 2,
    countedFrom: i + 1,
    low: 1,
    high: 1,
    best: 1,
    rule: "exact",
    kind: "exact",
  };
}

function readRange(text: string, tokens: Token[], i: number, joiners: string[]): Core | null {
  const from = readFigure(text, tokens, i);
  if (!from) return null;
  const joiner = joiners.find((w) => wordsAt(text, tokens, from.next, [w]));
  const before = tokens[from.next - 1];
  const join = tokens[from.next];
  if (!joiner || !before || !join || spaceBetween(text, before, join) === "other") return null;
  const to = readFigure(text, tokens, from.next + 1);
  const after = tokens[from.next + 1];
  if (!to || !after || spaceBetween(text, join, after) === "other") return null;
  // "between 150 and 300 thousand": the scale written once applies to both ends.
  const low =
    from.scale === 1 && to.scale > 1 && from.value < to.mantissa
      ? from.value * to.scale
      : from.value;
  if (!(low < to.value)) return null;
  return { next: to.next, low, high: to.value, best: null, rule: "range", kind: "range" };
}

/** A number that can be a figure: not the pronoun "one" ("one of the …"). */
function readFigure(text: string, tokens: Token[], i: number) {
  const read = readNumber(text, tokens, i);
  if (!read) return null;
  if (read.next === i + 1 && tokens[i]?.lower === "one") {
    const after = tokens[i + 1]?.lower ?? "";
    const before = tokens[i - 1]?.lower ?? "";
    if (["of", "another", "by", "side", "hand", "day"].includes(after)) return null;
    if (
      ["no", "any", "every", "each", "the", "this", "that", "which", "such", "some"].includes(
        before,
      )
    )
      return null;
  }
  return read;
}

function closed(value: number): Bound {
  return { value, inclusive: true };
}
