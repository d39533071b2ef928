import type { Lexicon, NumberWord } from "./lexicon";
import { spaceBetween, type Token } from "./tokenize";

/** A number read from words, with the parts a range shares ("300 to 400 thousand"). */
export interface WordsRead {
  value: number;
  next: number;
  mantissa: number;
  scale: number;
  /** Written as an approximation ("une trentaine", "un centinaio"). */
  approx: boolean;
}

/**
 * Reads a number written in words at token `i` in the lexicon's language: "twenty-six",
 * "mil doscientos", "deux cent cinquante", "siebenundzwanzig", "двадцати шести".
 */
export function readNumberWords(
  text: string,
  tokens: Token[],
  i: number,
  lexicon: Lexicon,
): WordsRead | null {
  const state = { total: 0, current: 0, scale: 1, group: 0, approx: false, any: false };
  let next = i;
  for (let j = i; j < tokens.length; j += 1) {
    const tok = tokens[j] as Token;
    if (tok.kind !== "word" || tok.suffix !== "") break;
    if (j > i && spaceBetween(text, tokens[j - 1] as Token, tok) !== "space") break;
    if (lexicon.joiners.has(tok.lower) && j > i) {
      // "treinta y cinco": the joiner belongs to the number only when a number word follows.
      const after = tokens[j + 1];
      const parts = after && after.kind === "word" ? segment(after.lower, lexicon) : null;
      const trial = { ...state };
      if (!after || !parts || !applyParts(trial, parts, false, lexicon)) break;
      continue;
    }
    const parts = segment(tok.lower, lexicon);
    if (!parts) break;
    if (parts.length === 1 && parts[0]?.role === "article") {
      // "a hundred", "un millón": the article stands for one, but only before a multiplier
      // ("medio millón": half).
      const after = tokens[j + 1];
      const first = after?.kind === "word" ? segment(after.lower, lexicon)?.[0] : undefined;
      if (j !== i || !first || !isMultiplier(first)) break;
      state.current = parts[0].value;
      state.any = true;
      continue;
    }
    const trial = { ...state };
    if (!applyParts(trial, parts, parts.length > 1, lexicon)) break;
    Object.assign(state, trial);
    next = j + 1;
  }
  if (next === i || !state.any) return null;
  const value = state.total + state.current;
  if (!Number.isFinite(value)) return null;
  const { approx } = state;
  return state.current === 0 && state.scale > 1
    ? { value, next, mantissa: state.group, scale: state.scale, approx }
    : { value, next, mantissa: value, scale: 1, approx };
}

type State = {
  total: number;
  current: number;
  scale: number;
  group: number;
  approx: boolean;
  any: boolean;
};

function isMultiplier(word: NumberWord): boolean {
  return word.role === "times" || word.role === "scale" || word.role === "approx";
}

// Applies the parts of one written word; false when they do not continue the number.
function applyParts(state: State, parts: NumberWord[], inWord: boolean, lexicon: Lexicon) {
  for (let k = 0; k < parts.length; k += 1) {
    const part = parts[k] as NumberWord;
    if (part.role === "join") {
      // "sieben-und-zwanzig": the unit is written before the tens it is added to.
      const tens = parts[k + 1];
      if (!inWord || !tens || tens.role !== "add" || tens.value % 10 !== 0) return false;
      state.current += tens.value;
      k += 1;
      continue;
    }
    if (part.role === "article") {
      // "vingt-et-un", "einhundert": inside a word the article is the number one.
      if (!inWord || !addTo(state, 1, lexicon)) return false;
      continue;
    }
    if (part.role === "add") {
      if (!addTo(state, part.value, lexicon)) return false;
      continue;
    }
    if (part.role === "times" || part.role === "approx") {
      if (state.current >= 100 && part.value === 100) return false;
      // English says "a hundred"; "cent", "cento", "hundert" alone are a hundred.
      if (state.current === 0 && !lexicon.bareScale) return false;
      state.current = (state.current || 1) * part.value;
      state.approx ||= part.role === "approx";
      state.any = true;
      continue;
    }
    // A scale closes a group; a larger one after it multiplies everything ("mil millones").
    if (state.current === 0 && state.total > 0 && part.value > state.scale) {
      state.total *= part.value;
    } else {
      if (state.current === 0 && (!lexicon.bareScale || state.total > 0)) return false;
      if (state.total > 0 && part.value >= state.scale) return false;
      state.group = state.current || 1;
      state.total += state.group * part.value;
      state.current = 0;
    }
    state.scale = part.value;
    state.any = true;
  }
  return true;
}

// "twenty six" is 26 but "six twenty" and "two three" are no number: a value is added only
// below the place already filled (French adds 10–19 to 60 and 80: "soixante-douze").
function addTo(state: State, value: number, lexicon: Lexicon): boolean {
  const c = state.current;
  const fits =
    c === 0 ||
    (value < 1000 && c % 1000 === 0) ||
    (value < 100 && c % 100 === 0) ||
    (value < 10 && c % 10 === 0 && c % 100 >= 20) ||
    (lexicon.language === "fr" && value >= 10 && value < 20 && [60, 80].includes(c % 100));
  if (!fits) return false;
  state.current = c + value;
  state.any = true;
  return true;
}

// Compound splitting is cached per lexicon: a passage repeats its words.
const cache = new WeakMap<Lexicon, Map<string, NumberWord[] | null>>();

/**
 * The number words a written word is made of ("duecentocinquanta" → due, cento, cinquanta;
 * "quatre-vingt-dix" → quatre-vingt, dix), fewest parts first; null when it is not a number.
 */
export function segment(word: string, lexicon: Lexicon): NumberWord[] | null {
  let memo = cache.get(lexicon);
  if (!memo) {
    memo = new Map();
    cache.set(lexicon, memo);
  }
  if (memo.has(word)) return memo.get(word) ?? null;
  const whole = lexicon.numbers.get(word);
  const parts = whole ? [whole] : word.length > 40 ? null : split(word, lexicon);
  if (memo.size > 5000) memo.clear();
  memo.set(word, parts);
  return parts;
}

function split(word: string, lexicon: Lexicon): NumberWord[] | null {
  // best[p]: the fewest parts that spell word[0, p).
  const best: (NumberWord[] | null)[] = Array.from({ length: word.length + 1 }, () => null);
  best[0] = [];
  for (let p = 0; p < word.length; p += 1) {
    const sofar = best[p];
    if (!sofar) continue;
    if (word[p] === "-" && p > 0) {
      if (!best[p + 1] || (best[p + 1] as NumberWord[]).length > sofar.length) best[p + 1] = sofar;
      continue;
    }
    if (!lexicon.compounds && p > 0 && word[p - 1] !== "-") continue;
    for (let end = p + 1; end <= word.length; end += 1) {
      const boundary = lexicon.compounds || end === word.length || word[end] === "-";
      if (!boundary) continue;
      const part = lexicon.numbers.get(word.slice(p, end));
      if (!part) continue;
      const candidate = [...sofar, part];
      const known = best[end];
      if (!known || known.length > candidate.length) best[end] = candidate;
    }
  }
  const found = best[word.length];
  return found && found.length > 0 ? found : null;
}
