import { monthNumber } from "./calendar";
import type { Lexicon } from "./lexicon";
import type { Token } from "./tokenize";
import { wordSet } from "./word-set";

// A bare four-digit number between 1000 and 2099 is usually a year in news prose ("in 1991",
// "the 1988 massacre"); counts that size are mostly written with a separator ("1,000"). These
// word lists catch the exceptions seen in practice ("more than 1000 rioters", "1200 people").
const QUANTITY_BEFORE = wordSet(
  "than over about around approximately roughly some nearly almost least most estimated",
  "exceeding above under below upwards circa killing killed kill total totalling totaling",
  "numbering number",
);
const QUANTITY_AFTER = wordSet(
  "people persons person men women children civilians victims dead deaths casualties",
  "refugees soldiers servicemen troops residents families homes houses apartments villages",
  "prisoners hostages wounded injured killed rioters bodies individuals citizens nationals",
  "km kilometers kilometres miles metres meters tons tonnes percent",
);
const YEAR_BEFORE = wordSet(
  "in of since from until till by during before after year early late mid summer winter",
  "spring autumn fall the and to through between on circa c its this that",
);

/** English: the words around a year or a count. */
export const englishYearWords = {
  quantityBefore: QUANTITY_BEFORE,
  quantityAfter: [] as readonly string[],
  yearBefore: YEAR_BEFORE,
};

/**
 * Whether a number token reads as a year rather than a count, judged by its neighbours. Other
 * languages than English pass their lexicon: there a year is the default, and a quantity word
 * before or a counted noun after makes a count ("1500 muertos", "более 2000 человек").
 */
export function isLikelyYear(tokens: Token[], i: number, lexicon?: Lexicon): boolean {
  const tok = tokens[i];
  if (!tok || tok.kind !== "number" || !/^\d{4}$/.test(tok.text)) return false;
  if (tok.suffix !== "" && tok.suffix !== "s") return false;
  const year = Number(tok.text);
  if (year < 1000 || year > 2099) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const wordBefore = before?.kind === "word" ? before.lower : "";
  const wordAfter = after?.kind === "word" ? after.lower : "";
  if (lexicon && lexicon.language !== "en") {
    const twoBefore = `${tokens[i - 2]?.lower ?? ""} ${wordBefore}`;
    return !isCountIn(lexicon, [wordBefore, twoBefore], wordAfter);
  }
  if (QUANTITY_BEFORE.has(wordBefore) && !YEAR_BEFORE.has(wordBefore)) return false;
  if (QUANTITY_AFTER.has(wordAfter)) return false;
  if (YEAR_BEFORE.has(wordBefore) || monthNumber(wordBefore) !== null) return true;
  // A lower-case plural right after suggests a count ("1500 rioters"); capitalised words after
  // a year are more often names ("the 1988 Olympics"), so "1500 Armenians" reads as a year.
  return !(/^[a-z]{3,}s$/.test(after?.text ?? "") && !wordAfter.endsWith("ss"));
}

function isCountIn(lexicon: Lexicon, before: string[], after: string): boolean {
  const { quantityBefore, quantityAfter } = lexicon.year;
  if (before.some((words) => quantityBefore.has(words))) return true;
  return after !== "" && quantityAfter.some((stem) => after.startsWith(stem));
}
