import { wordSet } from "@/lib/values/word-set";

const STOP = wordSet(
  "a an the of in on at to for by from with and or as is was were be been whole event total",
  "overall all number date dates day when who which that this",
);

// Words that say what happened to those counted; two figures in different groups never answer
// the same measure ("Armenians injured" is not "Armenians killed").
const OUTCOMES: Record<string, Set<string>> = {
  killed: wordSet(
    "kill killed killing killings dead death deaths died die slain murder murdered murders",
    "fatalities fatality toll lives perished",
  ),
  injured: wordSet("injured injuries injury injure wounded wound wounds hurt maimed"),
  displaced: wordSet(
    "displaced refugee refugees fled flee deported deportation deport expelled evacuated",
    "forced homeless",
  ),
  detained: wordSet("arrested arrest arrests detained detention captured abducted kidnapped"),
  tried: wordSet("trial tried convicted charged sentenced prosecuted"),
};
const PEOPLE = wordSet(
  "people persons person civilians civilian citizens nationals residents individuals",
  "inhabitants population men women",
);
const EVENTS = [
  wordSet("pogrom pogroms massacre riots killings violence genocide"),
  wordSet("attack attacks strike strikes airstrike airstrikes bombing raid offensive"),
  wordSet("war conflict fighting battle"),
];

/** A content word with its stem, worked out once. */
export interface Word {
  word: string;
  stem: string;
}

/** The content words of a phrase, lower case, possessives and punctuation dropped. */
export function contentWords(phrase: string): string[] {
  return (phrase.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? [])
    .map((w) => w.replace(/[’']s$/, ""))
    .filter((w) => !STOP.has(w));
}

/** The content words of a phrase with their stems, each word once. */
export function wordsOf(phrase: string): Word[] {
  return [...new Set(contentWords(phrase))].map((word) => ({ word, stem: stem(word) }));
}

/** The outcome group a word belongs to ("wounded" → "injured"), or null. */
export function outcomeOf(word: string): string | null {
  for (const [group, words] of Object.entries(OUTCOMES)) if (words.has(word)) return group;
  return null;
}

/** Whether a word names people in general ("civilians", "citizens"). */
export function isPeopleWord(word: string): boolean {
  return PEOPLE.has(word);
}

/**
 * Whether two words are the same word in another form ("Armenians", "Armenian"; "deport",
 * "deportation") or name the same kind of event ("pogrom", "massacre").
 */
export function sameWord(a: Word, b: Word): boolean {
  if (a.word === b.word || a.stem === b.stem) return true;
  const [short, long] = a.stem.length <= b.stem.length ? [a.stem, b.stem] : [b.stem, a.stem];
  if (short.length >= 4 && long.startsWith(short)) return true;
  return EVENTS.some((group) => group.has(a.word) && group.has(b.word));
}

/** Whether any word of a list is the same word as this one. */
export function hasWord(list: Word[], word: Word): boolean {
  return list.some((w) => sameWord(w, word));
}

/** How often each word (by its stem) occurs in a text: a text's own subject is named often. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of contentWords(text)) counts.set(stem(word), (counts.get(stem(word)) ?? 0) + 1);
  return counts;
}

/** How often a word occurs in counts made by wordCounts. */
export function mentions(counts: Map<string, number>, word: Word): number {
  return counts.get(word.stem) ?? 0;
}

function stem(word: string): string {
  return word
    .replace(/ies$/, "y")
    .replace(/(?<=\p{L}{3})(?:ings?|ed|s)$/u, "")
    .replace(/e$/, "");
}
