import type { Lexicon } from "./lexicon";
import { english } from "./lexicons/en";
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
  lexicon: Lexicon = english,
): QuantityCore | null {
  const prefix = readQualifier(text, tokens, i, rules, lexicon);
  const core =
    readCore(text, tokens, prefix ? prefix.next : i, rules, lexicon, prefix !== null) ??
    (prefix || lexicon.language !== "en"
      ? readOneUnit(tokens, prefix ? prefix.next : i, rules, lexicon)
      : null);
  if (!core) return null;
  const suffix =
    prefix || core.kind !== "exact"
      ? null
      : readSuffixQualifier(text, tokens, core.next, rules, lexicon);
  // "une trentaine", "un centinaio": the word itself says "about".
  const implied = core.approx && !prefix && !suffix ? impliedAbout(rules, core.next) : null;
  const qualifier = prefix ?? suffix ?? implied;
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
  lexicon: Lexicon,
): Qualifier | null {
  const { language } = lexicon;
  const hits = [
    matchPhrase(text, tokens, i, phraseRules(rules, "approximate", language)),
    matchPhrase(text, tokens, i, phraseRules(rules, "lower-bound", language)),
    matchPhrase(text, tokens, i, phraseRules(rules, "upper-bound", language)),
  ].filter((hit): hit is Qualifier => hit !== null);
  hits.sort((a, b) => b.next - a.next);
  return hits[0] ?? null;
}

function impliedAbout(rules: RuleTable, next: number): Qualifier | null {
  const rule = rules["approx.about"];
  return rule && rule.kind === "approximate" ? { id: "approx.about", rule, words: [], next } : null;
}

// Qualifiers written after the figure ("26 or more", "300 environ"), from the lexicon, mapped
// to the rule with the same meaning.
function readSuffixQualifier(
  text: string,
  tokens: Token[],
  i: number,
  rules: RuleTable,
  lexicon: Lexicon,
): Qualifier | null {
  const before = tokens[i - 1];
  const here = tokens[i];
  if (!before || !here) return null;
  for (const { words, rule: id } of lexicon.suffixes) {
    const rule = rules[id];
    const gapOk = words[0] === "+" || spaceBetween(text, before, here) === "space";
    if (!rule || !gapOk || !wordsAt(text, tokens, i, words)) continue;
    if (rule.kind === "approximate" || rule.kind === "lower-bound" || rule.kind === "upper-bound") {
      return { id, rule, words: [...words], next: i + words.length } as Qualifier;
    }
  }
  return null;
}

function closed(value: number): Bound {
  return { value, inclusive: true };
}
