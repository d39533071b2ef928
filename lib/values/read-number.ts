import { spaceBetween, type Token } from "./tokenize";

export interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** The value before any scale word ("300 thousand" → 300), to share a scale across a range. */
  mantissa: number;
  scale: number;
}

const UNITS = indexWords(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
  "twenty thirty forty fifty sixty seventy eighty ninety",
);
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const ORDINALS = indexWords(
  "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth",
  "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth",
);

/** Reads a number written in digits or words at token `i` ("400,000", "1.5 million", "a hundred"). */
export function readNumber(text: string, tokens: Token[], i: number): NumberRead | null {
  const first = tokens[i];
  if (!first) return null;
  if (first.kind === "number") return readDigits(text, tokens, i);
  if (first.kind === "word") return readWords(text, tokens, i);
  return null;
}

/** The value of a number's digits ("400,000", "52.5", "1,5"), or null for anything else. */
function digitsValue(digits: string): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ""));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(digits)) return Number(digits.replace(/\./g, ""));
  if (/^\d+,\d{1,2}$/.test(digits)) return Number(digits.replace(",", "."));
  if (/^\d+(\.\d+)?$/.test(digits)) return Number(digits);
  return null;
}

/** The number an ordinal names ("32nd", "thirty-second"), or null. */
export function ordinalValue(token: Token): number | null {
  if (token.kind === "number") {
    return /^(st|nd|rd|th)$/.test(token.suffix) ? digitsValue(token.text) : null;
  }
  const parts = token.lower.split("-");
  const last = ORDINALS[parts[parts.length - 1] ?? ""];
  if (last === undefined) return null;
  if (parts.length === 1) return last;
  const tens = parts.length === 2 ? UNITS[parts[0] ?? ""] : undefined;
  return tens !== undefined && tens >= 20 && tens % 10 === 0 && last < 10 ? tens + last : null;
}

function readDigits(text: string, tokens: Token[], i: number): NumberRead | null {
  const first = tokens[i];
  if (!first || first.suffix !== "") return null;
  let digits = first.text;
  let next = i + 1;
  // "52 000": groups of three joined by a (non-breaking) space.
  while (/^\d{1,3}( \d{3})*$/.test(digits)) {
    const left = tokens[next - 1];
    const right = tokens[next];
    if (!left || !right || right.kind !== "number" || right.suffix !== "") break;
    if (!/^\d{3}$/.test(right.text) || spaceBetween(text, left, right) !== "space") break;
    digits += ` ${right.text}`;
    next += 1;
  }
  const mantissa = digitsValue(digits.replace(/ /g, ""));
  if (mantissa === null) return null;
  const scale = SCALES[tokens[next]?.lower ?? ""];
  if (scale !== undefined)
    return { value: roundFloat(mantissa * scale), next: next + 1, mantissa, scale };
  return { value: mantissa, next, mantissa, scale: 1 };
}

function readWords(text: string, tokens: Token[], i: number): NumberRead | null {
  let total = 0;
  let current = 0;
  let next = i;
  let group = 0;
  let scale = 1;
  for (let j = i; j < tokens.length; j += 1) {
    const tok = tokens[j] as Token;
    if (tok.kind !== "word") break;
    if (j > i && spaceBetween(text, tokens[j - 1] as Token, tok) !== "space") break;
    const word = tok.lower;
    const unit = unitValue(word);
    if (j === i && (word === "a" || word === "an")) {
      // "a hundred", "a dozen": the article stands for one, but only before a multiplier.
      if (!MULTIPLIERS.has(tokens[j + 1]?.lower ?? "")) return null;
      current = 1;
      continue;
    }
    if (
      unit !== null &&
      (current % 100 === 0 || (current % 10 === 0 && current % 100 >= 20 && unit < 10))
    ) {
      current += unit;
    } else if ((word === "hundred" || word === "dozen") && current > 0 && current < 100) {
      current *= word === "hundred" ? 100 : 12;
    } else if (SCALES[word] !== undefined && current > 0) {
      scale = SCALES[word] ?? 1;
      group = current;
      total += current * scale;
      current = 0;
    } else if (
      word === "and" &&
      next > i &&
      current % 100 === 0 &&
      unitValue(tokens[j + 1]?.lower ?? "") !== null
    ) {
      continue;
    } else {
      break;
    }
    next = j + 1;
  }
  if (next === i) return null;
  const value = total + current;
  return current === 0 && scale > 1
    ? { value, next, mantissa: group, scale }
    : { value, next, mantissa: value, scale: 1 };
}

const MULTIPLIERS = new Set(["hundred", "thousand", "million", "billion", "dozen"]);

/** The value of "six", "twenty" or "twenty-six"; null for anything else. */
function unitValue(word: string): number | null {
  const parts = word.split("-");
  const values = parts.map((p) => UNITS[p]);
  const [tens, unit] = values;
  if (values.length === 1) return tens ?? null;
  if (values.length !== 2 || tens === undefined || unit === undefined) return null;
  return tens >= 20 && tens % 10 === 0 && unit > 0 && unit < 10 ? tens + unit : null;
}

/** Drops floating-point noise (0.9 × 90 = 81.00000000000001). */
export function roundFloat(value: number): number {
  return Number(value.toPrecision(12));
}

// Words for 0–19, then words for the tens from 20 to 90.
function indexWords(ones: string, tens: string): Record<string, number> {
  const entries = ones.split(" ").map((word, i) => [word, i] as const);
  const tensEntries = tens.split(" ").map((word, i) => [word, (i + 2) * 10] as const);
  return Object.fromEntries([...entries, ...tensEntries]);
}
