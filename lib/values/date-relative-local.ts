import { RELATIVE_WORDS } from "./date-relative-words";
import type { DateCandidate } from "./date-span";
import type { Lexicon } from "./lexicon";
import { readNumber } from "./read-number";
import { fromPrevious, fromReference } from "./relative-resolve";
import type { RuleTable } from "./rule-types";
import { tokenize, type Token } from "./tokenize";

// "tres días después del ataque" counts from an event, not a date: only a bare "después" is kept.
const EVENT_AFTER = new Set(
  "de del d' du des di dello della dei da do dos das dem der des от".split(" "),
);

/** Relative dates in a language other than English: "hace 33 años", "il y a 33 ans", "33 anni fa". */
export function localRelativeCandidates(
  text: string,
  rules: RuleTable,
  lexicon: Lexicon,
): DateCandidate[] {
  if (lexicon.language === "en") return [];
  const words = RELATIVE_WORDS[lexicon.language];
  const tokens = tokenize(text, lexicon.elisions);
  const found: DateCandidate[] = [];
  tokens.forEach((tok, i) => {
    const unit = words.units[tok.lower];
    if (!unit) return;
    const amount = amountBefore(text, tokens, i, lexicon);
    if (!amount) return;
    const add = (from: number, to: number, resolve: DateCandidate["resolve"]) =>
      found.push({
        start: (tokens[from] as Token).start,
        end: (tokens[to - 1] as Token).end,
        resolve,
      });
    const before = phraseEndingAt(tokens, amount.start, words.agoBefore);
    const after = (list: string[]) => phraseAt(tokens, i + 1, list);
    const ago = after(words.agoAfter);
    if (before !== null)
      return add(before, i + 1, fromReference("relative.ago", unit, -amount.value, rules));
    if (ago !== null)
      return add(amount.start, ago, fromReference("relative.ago", unit, -amount.value, rules));
    const through = phraseEndingAt(tokens, amount.start, words.laterBefore);
    if (through !== null) return add(through, i + 1, fromPrevious(unit, amount.value, rules));
    const later = after(words.laterAfter);
    const earlier = after(words.earlierAfter);
    const end = later ?? earlier;
    if (end === null || EVENT_AFTER.has(tokens[end]?.lower ?? "")) return;
    add(
      amount.start,
      end,
      fromPrevious(unit, later !== null ? amount.value : -amount.value, rules),
    );
  });
  for (const x of text.matchAll(words.anniversary)) {
    const years = Number(x[1]);
    found.push({
      start: x.index,
      end: x.index + x[0].length,
      resolve: fromReference("relative.anniversary", "year", -years, rules),
    });
  }
  for (const [phrase, kind, unit, amount] of words.phrases) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\d])${phrase.replace(/'/g, "['’]").replace(/ /g, "[\\s\\u00a0]+")}(?![\\p{L}\\d])`,
      "giu",
    );
    for (const x of text.matchAll(pattern)) {
      const resolve =
        kind === "calendar"
          ? fromReference("relative.calendar", unit, amount, rules)
          : fromPrevious(unit, amount, rules);
      found.push({ start: x.index, end: x.index + x[0].length, resolve });
    }
  }
  return found;
}

// The amount before a unit: digits, number words, or an article ("hace un año", "ein Jahr").
function amountBefore(text: string, tokens: Token[], unit: number, lexicon: Lexicon) {
  for (let start = Math.max(0, unit - 4); start < unit; start += 1) {
    const tok = tokens[start] as Token;
    const one = lexicon.numbers.get(tok.lower)?.role === "article" && start === unit - 1;
    if (one) return { start, value: 1 };
    const read = readNumber(text, tokens, start, lexicon);
    if (read && read.next === unit && read.value > 0 && read.value < 10000)
      return { start, value: read.value };
  }
  return null;
}

// Index of the first token of a phrase that ends just before token `i`, else null.
function phraseEndingAt(tokens: Token[], i: number, phrases: string[]): number | null {
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const from = i - words.length;
    if (from >= 0 && words.every((w, k) => tokens[from + k]?.lower === w)) return from;
  }
  return null;
}

// Index just past a phrase that starts at token `i`, else null.
function phraseAt(tokens: Token[], i: number, phrases: string[]): number | null {
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return i + words.length;
  }
  return null;
}
