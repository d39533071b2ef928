import type { Lexicon } from "./lexicon";
import { english } from "./lexicons/en";
import { readNumberWords } from "./number-words";
import { spaceBetween, type Token } from "./tokenize";

export interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** The value before any scale word ("300 thousand" → 300), to share a scale across a range. */
  mantissa: number;
  scale: number;
  /** Written as an approximation ("une trentaine"): read by the rule approx.about. */
  approx?: boolean;
}

// Larger figures are not counts of anything a source reports; refusing them keeps values finite.
const MAX_FIGURE = 1e15;

const UNITS = indexWords(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
  "twenty thirty forty fifty sixty seventy eighty ninety",
);
const ORDINALS = indexWords(
  "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth",
  "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth",
);

/**
 * Reads a number written in digits or words at token `i` ("400,000", "1.5 million", "a hundred";
 * "250.000", "1,5 millones", "mil doscientos" in the lexicon's language). Null when there is none
 * or when it is too large to be a count.
 */
export function readNumber(
  text: string,
  tokens: Token[],
  i: number,
  lexicon: Lexicon = english,
): NumberRead | null {
  const first = tokens[i];
  if (!first) return null;
  const read =
    first.kind === "number"
      ? readDigits(text, tokens, i, lexicon)
      : first.kind === "word"
        ? readNumberWords(text, tokens, i, lexicon)
        : null;
  return read && Number.isFinite(read.value) && read.value <= MAX_FIGURE ? read : null;
}

/** The value of a number's digits ("400,000", "52.5", "1,5"), or null for anything else. */
function digitsValue(
  digits: string,
  lexicon: Lexicon = english,
  beforeScale = false,
): number | null {
  if (lexicon.decimalComma) return commaDigitsValue(digits, beforeScale);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ""));
  // "250.000.000", and "200.000": three zeros after a period are not how English writes a
  // decimal, so they group thousands; "1.500" stays 1.5.
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(digits) || /^\d{1,3}\.000$/.test(digits))
    return Number(digits.replace(/\./g, ""));
  if (/^\d+,\d{1,2}$/.test(digits)) return Number(digits.replace(",", "."));
  if (/^\d+(\.\d+)?$/.test(digits)) return Number(digits);
  return null;
}

// Languages with a decimal comma group thousands with a period or a space: "250.000" is
// 250 000 and "1,5" is 1.5. A comma before exactly three digits ("1,500 personas") is a
// thousands separator, as a count is a whole number and Latin American and translated wire
// copy write it so; before a scale word it is a decimal ("1,250 millions" is 1.25 million).
// "1.5" (one or two digits after the period) stays a decimal.
function commaDigitsValue(digits: string, beforeScale: boolean): number | null {
  if (beforeScale && /^\d+,\d{3}$/.test(digits)) return Number(digits.replace(",", "."));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits))
    return Number(digits.replace(/\./g, "").replace(",", "."));
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ""));
  if (/^\d+,\d+$/.test(digits)) return Number(digits.replace(",", "."));
  if (/^\d+(\.\d{1,2})?$/.test(digits)) return Number(digits);
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

function readDigits(text: string, tokens: Token[], i: number, lexicon: Lexicon): NumberRead | null {
  const first = tokens[i];
  // "30mila", "200mil": a scale word glued to the digits.
  const glued = first?.suffix ? lexicon.scales.get(first.suffix) : undefined;
  if (!first || (first.suffix !== "" && glued === undefined)) return null;
  let digits = first.text;
  let next = i + 1;
  if (glued !== undefined) {
    const mantissa = digitsValue(digits, lexicon, true);
    if (mantissa === null) return null;
    return { value: roundFloat(mantissa * glued), next, mantissa, scale: glued };
  }
  // "52 000": groups of three joined by a (non-breaking) space.
  while (/^\d{1,3}( \d{3})*$/.test(digits)) {
    const left = tokens[next - 1];
    const right = tokens[next];
    if (!left || !right || right.kind !== "number" || right.suffix !== "") break;
    if (!/^\d{3}$/.test(right.text) || spaceBetween(text, left, right) !== "space") break;
    digits += ` ${right.text}`;
    next += 1;
  }
  const scaleAfter = lexicon.scales.has(tokens[next]?.lower ?? "");
  const mantissa = digitsValue(digits.replace(/ /g, ""), lexicon, scaleAfter);
  if (mantissa === null) return null;
  let scale = 1;
  // "1,5 millones", "2 mil millones", "2,3 Mio.": scale words after the digits multiply them.
  for (let tok = tokens[next]; tok && tok.kind === "word"; tok = tokens[next]) {
    const more = lexicon.scales.get(tok.lower);
    const before = tokens[next - 1] as Token;
    if (more === undefined || more <= scale || spaceBetween(text, before, tok) !== "space") break;
    scale *= more;
    next += 1;
  }
  if (scale > 1) {
    // "70 mil 500", "50 mil 866": the rest written after the scale word, below it.
    const rest = tokens[next];
    const restValue = rest?.kind === "number" && rest.suffix === "" ? Number(rest.text) : NaN;
    const spaced =
      rest !== undefined && spaceBetween(text, tokens[next - 1] as Token, rest) === "space";
    if (spaced && /^\d{1,3}$/.test(rest.text) && restValue < scale && scale <= 1e3) {
      return {
        value: roundFloat(mantissa * scale + restValue),
        next: next + 1,
        mantissa,
        scale: 1,
      };
    }
    return { value: roundFloat(mantissa * scale), next, mantissa, scale };
  }
  return { value: mantissa, next, mantissa, scale: 1 };
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
