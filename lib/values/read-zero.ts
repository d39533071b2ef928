import { matchPhrase, phraseRules } from "./phrase-match";
import type { RuleTable } from "./rule-types";
import type { Token } from "./tokenize";

/** "no civilian casualties", "nobody was killed": a figure of exactly 0, with its rule. */
export interface ZeroRead {
  rule: string;
  /** Index of the first token after the words read. */
  next: number;
  /** The word naming the dead or hurt, when it is a noun ("casualties"). */
  countedFrom: number | null;
}

// A stem matches a word that is the stem plus an inflection, never a longer word ("dead", not
// "deadline"; "mort", not "mortar").
const INFLECTION = /^(?:|s|es|ed|ing|y|ies|o|os|a|as|e|en|er|n|i|ly|ли|ло|и|ы|а|о)$/u;

// Words that make "no … victims" about something else: news of them ("no information about
// victims"), knowing their number ("no se sabe cuántos muertos"), or counting them.
const ABOUT_NEWS = new Set(
  "information data word report reports news details detail confirmation figures figure indication evidence información datos informations données notizie informazioni angaben informationen информации данных сведений know known how many clear counting including sabe saber cuántos cuántas claro combien clair compter quanti quante chiaro wie viele сколько известно".split(
    " ",
  ),
);

/** Reads a zero at token `i`: a rule's phrase, then one of its heads within `within` words. */
export function readZeroAt(
  text: string,
  tokens: Token[],
  i: number,
  rules: RuleTable,
): ZeroRead | null {
  const hit = matchPhrase(text, tokens, i, phraseRules(rules, "zero"));
  if (!hit || hit.rule.kind !== "zero") return null;
  for (let j = hit.next; j < hit.next + hit.rule.within; j += 1) {
    const token = tokens[j];
    // "no confirmed information about victims" says nothing of how many there were.
    if (!token || token.kind !== "word" || ABOUT_NEWS.has(token.lower)) return null;
    if (hit.rule.heads.some((head) => isInflected(token.lower, head))) {
      const isNoun = hit.id === "zero.none";
      return { rule: hit.id, next: j + 1, countedFrom: isNoun ? hit.next : null };
    }
  }
  return null;
}

function isInflected(word: string, stem: string): boolean {
  return word.startsWith(stem) && INFLECTION.test(word.slice(stem.length));
}
