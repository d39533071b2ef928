import { isTimeUnit } from "./counted-thing";
import type { Lexicon } from "./lexicon";
import { english } from "./lexicons/en";
import { phraseRules, matchPhrase, wordsAt } from "./phrase-match";
import { readNumber } from "./read-number";
import type { RuleTable } from "./rule-types";
import { spaceBetween, type Token } from "./tokenize";

/** A figure before any qualifier: one number, a range, or a vague magnitude. */
export interface Core {
  next: number;
  low: number;
  high: number;
  best: number | null;
  rule: string;
  kind: "exact" | "range" | "vague";
  /** Set when the figure's words include what it counts ("a month"). */
  countedFrom?: number;
  /** Written as an approximation ("une trentaine", "un centinaio"). */
  approx?: boolean;
}

/** Reads a number, a range ("between 150 and 300", "150–300") or a vague magnitude at token `i`. */
export function readCore(
  text: string,
  tokens: Token[],
  i: number,
  rules: RuleTable,
  lexicon: Lexicon = english,
  afterQualifier = false,
): Core | null {
  // "более тысячи" is more than a thousand; "тысячи людей" are thousands of people.
  const singular = afterQualifier && lexicon.language === "ru";
  const vague = singular ? null : matchPhrase(text, tokens, i, phraseRules(rules, "vague", lexicon.language));
  if (vague) {
    const { low, high, best } = vague.rule;
    return { next: vague.next, low, high, best, rule: vague.id, kind: "vague" };
  }
  const word = tokens[i]?.lower;
  const opener = lexicon.ranges.find(([open]) => open === word);
  if (opener && rules.range) {
    const range = readRange(text, tokens, i + 1, [opener[1]], lexicon);
    if (range) return range;
  }
  const first = readFigure(text, tokens, i, lexicon);
  if (!first) return null;
  if (rules.range && !first.approx) {
    const range = readRange(text, tokens, i, lexicon.rangeJoiners, lexicon);
    if (range) return range;
  }
  if (!rules.exact) return null;
  const core: Core = {
    next: first.next,
    low: first.value,
    high: first.value,
    best: first.value,
    rule: "exact",
    kind: "exact",
  };
  return first.approx ? { ...core, approx: true } : core;
}

/** After a qualifier, "a" before a unit of time is one ("over a month", "nearly a year"). */
export function readOneUnit(tokens: Token[], i: number, rules: RuleTable): Core | null {
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

function readRange(
  text: string,
  tokens: Token[],
  i: number,
  joiners: readonly string[],
  lexicon: Lexicon,
): Core | null {
  const from = readFigure(text, tokens, i, lexicon);
  if (!from) return null;
  const joiner = joiners.find((w) => wordsAt(text, tokens, from.next, [w]));
  const before = tokens[from.next - 1];
  const join = tokens[from.next];
  if (!joiner || !before || !join || spaceBetween(text, before, join) === "other") return null;
  const to = readFigure(text, tokens, from.next + 1, lexicon);
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

/** A number that can be a figure: not the pronoun "one" ("one of the …", "uno de"). */
function readFigure(text: string, tokens: Token[], i: number, lexicon: Lexicon) {
  const read = readNumber(text, tokens, i, lexicon);
  if (!read) return null;
  const { words, after } = lexicon.pronounOne;
  if (lexicon.language !== "en") {
    const single = read.next === i + 1 && words.has(tokens[i]?.lower ?? "");
    return single && after.has(tokens[i + 1]?.lower ?? "") ? null : read;
  }
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
