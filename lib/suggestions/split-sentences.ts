import { findQuotations } from "./quotations";
import type { Span } from "./suggestion-types";
import { wordSet } from "@/lib/values/word-set";

// Words that end in a full stop without ending a sentence ("Mr. Mladenov", "Gen. Dempsey"), and
// words that do so only before a number ("Feb. 24", "No. 5": "The answer is no. The president…").
const TITLES = wordSet(
  "mr mrs ms dr prof gen col lt sgt capt cpl pvt maj adm cmdr gov sen rep pres amb supt insp",
  "st jr sr hon rev messrs mme mlle inc ltd corp dept univ assn mt ft ave blvd rd vs cf al",
);
const BEFORE_NUMBERS = wordSet(
  "jan feb mar apr jun jul aug sep sept oct nov dec",
  "no nos vol vols fig figs pp p para art ch sec approx est ca c",
);

/**
 * The sentences of a text as offsets, leading and trailing whitespace left out. A line break ends
 * a sentence unless the next line goes on in lower case; a full stop after an abbreviation
 * ("Feb.", "U.S.", "V.S. Galkin"), inside a number ("1.5") or inside a short quoted title does not.
 */
export function splitSentences(text: string): Span[] {
  const quotations = findQuotations(text);
  const cuts = new Set<number>();
  for (const br of text.matchAll(/\r\n|[\r\n\u2028\u2029]/g)) {
    if (!continuesInLowerCase(text, br.index + br[0].length)) cuts.add(br.index);
  }
  for (const stop of text.matchAll(/[.!?…]+["'”’»)\]]*/g)) {
    const end = stop.index + stop[0].length;
    if (!/^[ \t\u00a0]/.test(text.slice(end, end + 1))) continue;
    const next = /\S/.exec(text.slice(end, end + 40));
    if (!next || /[\r\n]/.test(text.slice(end, end + next.index))) continue;
    if (/\p{Ll}/u.test(next[0])) continue;
    if (stop[0] === "." && isAbbreviation(text, stop.index, /\d/.test(next[0]))) continue;
    if (insideShortQuotation(text, quotations, end)) continue;
    cuts.add(end);
  }
  return spansBetween(
    text,
    [...cuts].sort((a, b) => a - b),
  );
}

/** The sentence that holds an offset, or null when the offset is whitespace between sentences. */
export function sentenceAt(sentences: Span[], at: number): Span | null {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid] as Span;
    if (at < s.start) high = mid - 1;
    else if (at >= s.end) low = mid + 1;
    else return s;
  }
  return null;
}

function spansBetween(text: string, cuts: number[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(from, cut);
    const lead = piece.search(/\S/);
    if (lead !== -1) {
      spans.push({ start: from + lead, end: from + piece.trimEnd().length });
    }
    from = cut;
  }
  return spans;
}

function continuesInLowerCase(text: string, from: number): boolean {
  const ahead = /^[^\S\r\n]*(\S|\r|\n)/.exec(text.slice(from, from + 200));
  return ahead !== null && /\p{Ll}/u.test(ahead[1] ?? "");
}

function isAbbreviation(text: string, dot: number, beforeNumber: boolean): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 24), dot))?.[0] ?? "";
  if (word === "") return false;
  if (word.includes(".")) return true; // "U.S.", "a.m.", "H.W."
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "V. Galkin"
  const lower = word.toLowerCase();
  return TITLES.has(lower) || (beforeNumber && BEFORE_NUMBERS.has(lower));
}

// "Heydar Aliyev. The Burden of Power," is a title in quotes: a stop with only a few words left
// before the closing mark does not end the sentence around it.
function insideShortQuotation(text: string, quotations: Span[], at: number): boolean {
  return quotations.some((q) => {
    if (!(q.start < at && at < q.end - 1)) return false;
    const rest = text.slice(at, q.end - 1);
    return rest.trim().split(/\s+/).length < 6 && !/[.!?]\s*$/.test(rest);
  });
}
