import type { CountedWords } from "./lexicon";
import { spaceBetween, type Token } from "./tokenize";
import { wordSet } from "./word-set";

// Words that end a noun phrase: verbs, relatives, conjunctions and prepositions other than "of".
const STOP = wordSet(
  "were was is are be been being have has had who whom which that whose and or but nor in",
  "on at from to by for with over under during including since after before as than per",
  "into onto across through between among against within without while when where because",
  "did do does will would could should may might must can not also only each ago later",
  "earlier the a an this these those there here it they we he she said says according until",
  "till about around near like remained remain remains got took came went became so if then",
  "fled lost left fell rose stood met ran saw died gathered",
);
const TIME_UNITS = wordSet(
  "second seconds minute minutes hour hours day days night nights week weeks month months",
  "year years decade decades century centuries millennium millennia",
);
const MAX_WORDS = 6;

/** English: what ends the noun phrase after a figure. */
export const englishCounted: CountedWords = {
  stop: STOP,
  timeUnits: TIME_UNITS,
  of: new Set(["of"]),
  participle: /ed$/,
};

/** The noun phrase a figure counts ("26 citizens of Armenian nationality" → "citizens of …"). */
export function readCounted(
  text: string,
  tokens: Token[],
  next: number,
  words: CountedWords = englishCounted,
): { counted: string | null; isDuration: boolean; next: number } {
  const { stop, of } = words;
  let j = next;
  // "hundreds of Armenians": the "of" belongs to the figure, not to what is counted.
  if (
    of.has(tokens[j]?.lower ?? "") &&
    tokens[j + 1]?.kind === "word" &&
    !stop.has(tokens[j + 1]?.lower ?? "")
  )
    j += 1;
  const first = j;
  let last = -1;
  let count = 0;
  let ofUsed = false;
  while (count < MAX_WORDS) {
    const tok = tokens[j];
    const before = tokens[j - 1];
    if (!tok || tok.kind !== "word" || stop.has(tok.lower)) break;
    if (count > 0 && endsPhrase(tokens, j, words)) break;
    if (j > first && before && spaceBetween(text, before, tok) !== "space") break;
    if (of.has(tok.lower)) {
      if (ofUsed || tokens[j + 1]?.kind !== "word" || stop.has(tokens[j + 1]?.lower ?? "")) break;
      ofUsed = true;
    } else {
      last = j;
    }
    count += 1;
    j += 1;
  }
  if (last === -1) return { counted: null, isDuration: false, next };
  const startTok = tokens[first] as Token;
  const endTok = tokens[last] as Token;
  return {
    counted: text.slice(startTok.start, endTok.end),
    isDuration: words.timeUnits.has((tokens[first] as Token).lower),
    next: last + 1,
  };
}

// "26 people killed in …": a past participle after the noun, with no noun after it, is the verb;
// "50 Armenian populated areas" keeps "populated", as a noun follows.
function endsPhrase(tokens: Token[], j: number, words: CountedWords): boolean {
  const word = tokens[j]?.lower ?? "";
  const after = tokens[j + 1];
  return (
    words.participle.test(word) && (!after || after.kind !== "word" || words.stop.has(after.lower))
  );
}

/** Whether a word names a span of time ("days", "year"). */
export function isTimeUnit(word: string): boolean {
  return TIME_UNITS.has(word.toLowerCase());
}
