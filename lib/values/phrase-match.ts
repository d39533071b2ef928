import type { Language } from "./language";
import { lexiconOf } from "./lexicon-of";
import { rulesOfKind, type Rule, type RuleOf, type RuleTable } from "./rule-types";
import { spaceBetween, tokenize, type Token } from "./tokenize";

export interface PhraseRule<K extends Rule["kind"]> {
  id: string;
  rule: RuleOf<K>;
  words: string[];
}

export interface PhraseHit<K extends Rule["kind"]> extends PhraseRule<K> {
  /** Index of the first token after the phrase. */
  next: number;
}

// Compiling phrases once per table keeps scanning linear in the text; tables are immutable data.
const compiled = new WeakMap<RuleTable, Map<string, unknown>>();

/** The phrases of every rule of a kind in a language, tokenised and sorted longest first. */
export function phraseRules<K extends Rule["kind"]>(
  table: RuleTable,
  kind: K,
  language: Language = "en",
): PhraseRule<K>[] {
  let byKind = compiled.get(table);
  if (!byKind) {
    byKind = new Map();
    compiled.set(table, byKind);
  }
  const key = `${kind}:${language}`;
  const cached = byKind.get(key);
  if (cached) return cached as PhraseRule<K>[];
  const list: PhraseRule<K>[] = [];
  const { elisions } = lexiconOf(language);
  for (const { id, rule } of rulesOfKind(table, kind)) {
    for (const phrase of phrasesOf(rule, language)) {
      const words = tokenize(phrase, elisions).map((t) => t.lower);
      if (words.length > 0) list.push({ id, rule, words });
    }
  }
  list.sort((a, b) => b.words.length - a.words.length);
  byKind.set(key, list);
  return list;
}

/**
 * A rule's trigger phrases in a language: English ones in `phrases`, others in `languages`, with
 * a closing preposition also in its forms joined with an article ("más de" → "más del").
 */
export function phrasesOf(rule: Rule, language: Language): readonly string[] {
  if (language === "en") return "phrases" in rule ? (rule.phrases as readonly string[]) : [];
  const phrases = rule.languages?.[language]?.phrases ?? [];
  const { contractions } = lexiconOf(language);
  return phrases.flatMap((phrase) => {
    const words = phrase.split(" ");
    const last = words.pop() ?? "";
    const forms = words.length > 0 ? (contractions[last] ?? []) : [];
    return [phrase, ...forms.map((form) => [...words, form].join(" "))];
  });
}

/** The longest phrase of the given rules that starts at token `i`, or null. */
export function matchPhrase<K extends Rule["kind"]>(
  text: string,
  tokens: Token[],
  i: number,
  rules: PhraseRule<K>[],
): PhraseHit<K> | null {
  for (const candidate of rules) {
    if (wordsAt(text, tokens, i, candidate.words)) {
      return { ...candidate, next: i + candidate.words.length };
    }
  }
  return null;
}

/** Whether the token sequence at `i` spells `words`, with nothing but spaces between them. */
export function wordsAt(
  text: string,
  tokens: Token[],
  i: number,
  words: readonly string[],
): boolean {
  for (let k = 0; k < words.length; k += 1) {
    const tok = tokens[i + k];
    if (!tok || tok.lower !== words[k] || tok.suffix !== "") return false;
    const before = tokens[i + k - 1];
    if (k > 0 && before && spaceBetween(text, before, tok) === "other") return false;
  }
  return true;
}
