import type { Language } from "./language";

/**
 * How a number word counts: `add` adds its value ("seven", "doscientos"); `times` multiplies what
 * came before ("hundred", "cent", "dozen"); `scale` closes a group ("thousand", "mil", "тысяч");
 * `approx` multiplies and makes the figure approximate ("trentaine", "centinaio"); `article`
 * stands for one before a multiplier only ("a hundred", "un millón"); `join` links words
 * inside a compound ("sieben-und-zwanzig").
 */
export type NumberRole = "add" | "times" | "scale" | "approx" | "article" | "join";

export interface NumberWord {
  value: number;
  role: NumberRole;
}

/** The words a figure stops at when reading what it counts, per language. */
export interface CountedWords {
  /** Verbs, articles, conjunctions and prepositions (other than "of") that end the noun phrase. */
  stop: ReadonlySet<string>;
  /** Units of time: a figure counting them is a span of time. */
  timeUnits: ReadonlySet<string>;
  /** Words that link a figure to what it counts ("of", "de", "di"). */
  of: ReadonlySet<string>;
  /** A past participle, which ends the noun phrase when no noun follows it. */
  participle: RegExp;
}

/** The words that tell a bare four-digit year from a count. */
export interface YearWords {
  /** Words before a count ("than", "de plus de" …). */
  quantityBefore: ReadonlySet<string>;
  /** Word beginnings after a count ("people", "muert", "человек" …). */
  quantityAfter: readonly string[];
  /** Words before a year ("in", "since" …); English only, where a count is the default. */
  yearBefore?: ReadonlySet<string>;
}

/** What a language writes numbers, figures and dates with; the rules table holds its qualifiers. */
export interface Lexicon {
  language: Language;
  /** Number words and, for languages that glue them, the parts of compounds. */
  numbers: ReadonlyMap<string, NumberWord>;
  /** Whether number words are glued into one word ("siebenundzwanzig", "duecentocinquanta"). */
  compounds: boolean;
  /** Words joining number words written apart ("treinta y cinco", "vingt et un"). */
  joiners: ReadonlySet<string>;
  /** Scale words after digits, abbreviations included ("Mio", "млн", "mil"). */
  scales: ReadonlyMap<string, number>;
  /** Whether a bare scale word is a figure ("mil personas" is 1000; English needs "a thousand"). */
  bareScale: boolean;
  /** Whether the comma is the decimal mark (and the period or a space groups thousands). */
  decimalComma: boolean;
  /** Words opening and closing a range ("between … and", "entre … y"). */
  ranges: readonly (readonly [string, string])[];
  /** Words between the two ends of a range written without an opener ("150 to 300", "150 à 300"). */
  rangeJoiners: readonly string[];
  /** Qualifiers written after the figure ("26 or more"), mapped to the rule with that meaning. */
  suffixes: readonly { words: readonly string[]; rule: string }[];
  /** The words for "one" that stand for a noun before these words ("one of", "uno de"). */
  pronounOne: { words: ReadonlySet<string>; after: ReadonlySet<string> };
  counted: CountedWords;
  year: YearWords;
  /** Month names and abbreviations, all case forms, to month numbers. */
  months: ReadonlyMap<string, number>;
  /** Articles that may stand between a date modifier and the date ("the", "el", "la", "dem"). */
  articles: ReadonlySet<string>;
  /** Elided words that end with an apostrophe and are split off ("d'", "l'", "dell'"). */
  elisions: ReadonlySet<string>;
  /**
   * A preposition's forms joined with an article ("de" → "del"; "di" → "della"): a rule phrase
   * ending in the preposition also matches them ("más de" → "más del 40%").
   */
  contractions: Readonly<Record<string, readonly string[]>>;
}

/** Builds a number-word map from lists: `add` words by value, then other roles. */
export function numberWords(
  entries: readonly (readonly [string, number, NumberRole?])[],
): Map<string, NumberWord> {
  const map = new Map<string, NumberWord>();
  for (const [words, value, role = "add"] of entries) {
    for (const word of words.split(/\s+/).filter(Boolean)) map.set(word, { value, role });
  }
  return map;
}

/** Builds a month map from twelve space-separated lists of forms, January first. */
export function monthWords(forms: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  forms.forEach((list, index) => {
    for (const word of list.split(/\s+/).filter(Boolean)) map.set(word, index + 1);
  });
  return map;
}

/** A set of phrases written as one "|"-separated list ("más de|cerca de"). */
export function phraseSet(list: string): Set<string> {
  return new Set(list.split("|").map((phrase) => phrase.trim()));
}
