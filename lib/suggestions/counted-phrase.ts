import { wordSet } from "@/lib/values/word-set";
import type { QuantityValue } from "@/lib/values/types";
import type { Span } from "./suggestion-types";

const IRREGULAR = wordSet(
  "brought taken held left driven shot hurt slain born found sent kept seen thrown given beaten",
  "stolen fled lost missing dead died hit burnt sold built torn made put caught bound freed",
);
const NOT_VERBS = wordSet("hundred need needed bed red shed seed speed feed indeed");
// Verbs that put what they act on after the figure: "killed 11 civilians" → "civilians killed".
const ACTING = wordSet(
  "kill kills killed killing wound wounds wounded wounding injure injures injured injuring",
  "execute executes executed executing arrest arrests arrested arresting detain detains detained",
  "detaining displace displaces displaced displacing evacuate evacuated evacuating deport deported",
  "deporting rescue rescued rescuing abduct abducted abducting kidnap kidnapped capture captured",
  "hospitalized hospitalised buried claimed",
);
const AUXILIARY = String.raw`(?:(?:were|was|are|is|have been|has been|had been|have|has|had|being|been|got|remain|remained|became)\s+)`;
const ADVERBS = String.raw`(?:(?:\p{L}+ly|also|still|all|later|then|since|already|reportedly|allegedly)\s+)*`;
const CURRENCIES: Record<string, string> = {
  $: "dollars",
  "€": "euros",
  "£": "pounds",
  "¥": "yen",
};

export interface CountedPhrase {
  /** The noun with its verb where found: "Armenians killed", "civilians killed", "wounded". */
  counted: string | null;
  /** Where the stated words end: after the counted noun ("26 citizens of Armenian nationality"). */
  statedEnd: number;
  /** Where they start: before a currency sign ("$1.1 billion"). */
  statedStart: number;
}

/**
 * What a figure counts, read around it in its sentence: the readers' noun ("26 citizens of
 * Armenian nationality") with the participle that follows it ("were killed"), or the verb
 * before it ("killed five Americans"), or "the number of civilians killed was 936". English only.
 */
export function countedPhrase(
  text: string,
  figure: Span,
  value: QuantityValue,
  sentence: Span,
  english = true,
): CountedPhrase {
  const before = text.slice(sentence.start, figure.start);
  const currency = CURRENCIES[before.slice(-1)];
  const statedStart = currency ? figure.start - 1 : figure.start;
  let noun = value.counted;
  let nounEnd = figure.end;
  if (noun && english && isParticiple(noun)) noun = null;
  else if (noun) {
    noun = noun.replace(/\s+\p{L}+ly$/u, ""); // "people forcibly" displaced
    const found = new RegExp(
      String.raw`^\s+(?:of\s+)?${escapeWords(noun)}(?![\p{L}\p{N}])`,
      "u",
    ).exec(text.slice(figure.end, sentence.end));
    nounEnd = found ? figure.end + found[0].length : figure.end;
    const more = /^(?:\.(?:\p{Lu}\.)*\s*[\p{L}-]+|\s+of the\s+(?:\p{Lu}[\p{L}-]*\s*)+)/u.exec(
      text.slice(nounEnd, sentence.end),
    );
    if (more) {
      nounEnd += more[0].trimEnd().length;
      noun = text
        .slice(figure.end, nounEnd)
        .trim()
        .replace(/^of\s+/, "");
    }
  }
  const after = text.slice(noun ? nounEnd : figure.end, sentence.end);
  const verb = english ? (verbAfter(after) ?? verbBefore(before)) : null;
  const subject = noun ?? currency ?? (english ? numberOf(before) : null);
  const phrase = [subject, verb].filter(Boolean).join(" ");
  return {
    counted: phrase === "" ? null : phrase,
    statedStart,
    statedEnd: noun ? nounEnd : figure.end,
  };
}

// "were killed", "(Gandzak), were also deported", "forced to leave", "brought to trial".
function verbAfter(after: string): string | null {
  // After a comma only an auxiliary leads on to the verb: "(Gandzak), were also deported", but
  // "hundreds of Sumgait Azerbaijanis, inflamed by calls" describes them.
  const match = new RegExp(
    String.raw`^(?:\s*\([^)]{0,60}\))?(?:,\s+${AUXILIARY}|\s+${AUXILIARY}?)${ADVERBS}(\p{L}+)(?:\s+and\s+(\p{L}+))?(?:\s+(to\s+(?!(?:the|a|an|their|his|her|its|this)\b)\p{L}+))?`,
    "u",
  ).exec(after);
  const [, first, second, to] = match ?? [];
  if (first && isParticiple(first)) {
    if (second && isParticiple(second)) return `${first} and ${second}`;
    return second ? first : [first, to].filter(Boolean).join(" ");
  }
  const who = /^\s+(who\s+(?:\p{L}+\s+){0,3}\p{L}+)/u.exec(after);
  return who?.[1] ?? null;
}

function verbBefore(before: string): string | null {
  const word = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (!word || !ACTING.has(word)) return null;
  if (word === "claimed") return "killed";
  if (word.endsWith("ed")) return word;
  const stem = word.replace(/(?:ing|s)$/, "").replace(/e$/, "");
  return `${stem}${/[^aeiou][aeiou]p$/.test(stem) ? "p" : ""}ed`;
}

// "The number of civilians killed was 936", "the death toll rose to 23".
function numberOf(before: string): string | null {
  const of =
    /\b(?:number|total|count) of\s+([\p{L}\s'-]{2,60}?)\s+(?:was|is|were|stood at|reached|rose to|climbed to|has risen to|had risen to|at|to)\s*$/iu.exec(
      before,
    );
  if (of?.[1]) return of[1].trim();
  return /\b(?:death toll|toll)\b[^.;]{0,40}?\b(?:was|is|of|at|to)\s*$/i.test(before)
    ? "deaths"
    : null;
}

function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (/\s/.test(lower) || NOT_VERBS.has(lower)) return false;
  return IRREGULAR.has(lower) || (lower.length >= 5 && lower.endsWith("ed"));
}

function escapeWords(words: string): string {
  return words
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(String.raw`\s+`);
}
