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
  const vague = singular
    ? null
    : matchPhrase(text, tokens, i, phraseRules(rules, "vague", lexicon.language));
  if (vague) {
    const { low, high, best } = vague.rule;
    return { next: vague.next, low, high, best, rule: vague.id, kind: "vague" };
  }
  const word = tokens[i]?.lower;
  const opener = lexicon.ranges.find(([open]) => open === word);
  if (opener && rules.range) {
    // "entre los 20 y los 30", "fra le 25.000 e le 50.000": articles may stand before each end.
    const start = i + 1 + articleAt(tokens, i + 1, lexicon);
    const range = readRange(text, tokens, start, [opener[1]], lexicon);
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

/**
 * "a" before a unit of time is one ("over a month", "nearly a year"; English only after a
 * qualifier); in other languages also alone ("um dia depois", "medio año", "quase meio minuto").
 */
export function readOneUnit(
  tokens: Token[],
  i: number,
  rules: RuleTable,
  lexicon: Lexicon = english,
): Core | null {
  const article = tokens[i]?.lower ?? "";
  const unit = tokens[i + 1]?.lower ?? "";
  const english = lexicon.language === "en";
  const one = english
    ? article === "a" || article === "an"
      ? 1
      : null
    : lexicon.numbers.get(article)?.role === "article"
      ? (lexicon.numbers.get(article)?.value ?? null)
      : null;
  const isUnit = english ? isTimeUnit(unit) : lexicon.counted.timeUnits.has(unit);
  if (one === null || !isUnit || !rules.exact) return null;
  return {
    next: i + 2,
    countedFrom: i + 1,
    low: one,
    high: one,
    best: one,
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
  const first = readFigure(text, tokens, i, lexicon);
  if (!first) return null;
  // "fünf- und zwanzigtausend": a hyphen glued to the first end leaves the scale to the second.
  const hyphen = tokens[first.next];
  const glued =
    hyphen?.text === "-" &&
    tokens[first.next - 1]?.end === hyphen.start &&
    joiners.some((w) => w !== "-" && wordsAt(text, tokens, first.next + 1, [w]));
  const from = glued ? { ...first, next: first.next + 1 } : first;
  const joiner = joiners.find((w) => wordsAt(text, tokens, from.next, [w]));
  const before = tokens[from.next - 1];
  const join = tokens[from.next];
  if (!joiner || !before || !join || spaceBetween(text, before, join) === "other") return null;
  const toStart = from.next + 1 + articleAt(tokens, from.next + 1, lexicon);
  const to = readFigure(text, tokens, toStart, lexicon);
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

// 1 when an article of a language other than English stands at token `i` before a number.
function articleAt(tokens: Token[], i: number, lexicon: Lexicon): number {
  const word = tokens[i];
  const number = tokens[i + 1];
  if (lexicon.language === "en" || !word || !number || number.kind !== "number") return 0;
  return lexicon.articles.has(word.lower) ? 1 : 0;
}
