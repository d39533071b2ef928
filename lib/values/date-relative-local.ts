import type { DateCandidate, TimeUnit } from "./date-span";
import type { Language } from "./language";
import type { Lexicon } from "./lexicon";
import { readNumber } from "./read-number";
import { fromPrevious, fromReference } from "./relative-resolve";
import type { RuleTable } from "./rule-types";
import { tokenize, type Token } from "./tokenize";

type Words = {
  units: Record<string, TimeUnit>;
  /** Words before the amount ("hace", "il y a", "vor") or after the unit ("fa", "назад"). */
  agoBefore: string[];
  agoAfter: string[];
  laterBefore: string[];
  laterAfter: string[];
  earlierAfter: string[];
  /** "the 32nd anniversary" written with digits, per language. */
  anniversary: RegExp;
  /** Whole phrases: [words, rule, unit, amount]; "previous" ones count from the passage. */
  phrases: [string, "calendar" | "previous", TimeUnit, number][];
};

const u = (list: string, unit: TimeUnit) =>
  Object.fromEntries(list.split(" ").map((word) => [word, unit] as const));

const WORDS: Record<Exclude<Language, "en">, Words> = {
  es: {
    units: {
      ...u("día días dia dias", "day"),
      ...u("semana semanas", "week"),
      ...u("mes meses", "month"),
      ...u("año años", "year"),
      ...u("década décadas", "decade"),
    },
    agoBefore: ["hace"],
    agoAfter: ["atrás"],
    laterBefore: [],
    laterAfter: ["después", "más tarde", "mas tarde"],
    earlierAfter: ["antes"],
    anniversary: /(?<![\p{L}\d])(?:el\s+)?(\d{1,3})\s*(?:º|°|o\.?)?\s+aniversario/giu,
    phrases: [
      ["el año pasado", "calendar", "year", -1],
      ["el pasado año", "calendar", "year", -1],
      ["ayer", "calendar", "day", -1],
      ["este año", "calendar", "year", 0],
      ["al año siguiente", "previous", "year", 1],
      ["el año siguiente", "previous", "year", 1],
      ["al día siguiente", "previous", "day", 1],
      ["el año anterior", "previous", "year", -1],
    ],
  },
  fr: {
    units: {
      ...u("jour jours", "day"),
      ...u("semaine semaines", "week"),
      ...u("mois", "month"),
      ...u("an ans année années", "year"),
      ...u("décennie décennies", "decade"),
    },
    agoBefore: ["il y a"],
    agoAfter: [],
    laterBefore: [],
    laterAfter: ["plus tard", "après"],
    earlierAfter: ["plus tôt", "auparavant", "avant"],
    anniversary: /(?<![\p{L}\d])(?:le\s+)?(\d{1,3})\s*(?:e|ème|eme|ᵉ)\s+anniversaire/giu,
    phrases: [
      ["l'année dernière", "calendar", "year", -1],
      ["l'an dernier", "calendar", "year", -1],
      ["l'an passé", "calendar", "year", -1],
      ["l'année passée", "calendar", "year", -1],
      ["hier", "calendar", "day", -1],
      ["cette année", "calendar", "year", 0],
      ["l'année suivante", "previous", "year", 1],
      ["le lendemain", "previous", "day", 1],
      ["l'année précédente", "previous", "year", -1],
      ["la veille", "previous", "day", -1],
    ],
  },
  it: {
    units: {
      ...u("giorno giorni", "day"),
      ...u("settimana settimane", "week"),
      ...u("mese mesi", "month"),
      ...u("anno anni", "year"),
      ...u("decennio decenni", "decade"),
    },
    agoBefore: [],
    agoAfter: ["fa"],
    laterBefore: [],
    laterAfter: ["dopo", "più tardi"],
    earlierAfter: ["prima"],
    anniversary: /(?<![\p{L}\d])(?:il\s+)?(\d{1,3})\s*(?:°|º|esimo)?\s+anniversario/giu,
    phrases: [
      ["l'anno scorso", "calendar", "year", -1],
      ["lo scorso anno", "calendar", "year", -1],
      ["ieri", "calendar", "day", -1],
      ["quest'anno", "calendar", "year", 0],
      ["l'anno successivo", "previous", "year", 1],
      ["l'anno seguente", "previous", "year", 1],
      ["l'anno dopo", "previous", "year", 1],
      ["il giorno dopo", "previous", "day", 1],
      ["il giorno seguente", "previous", "day", 1],
      ["l'anno precedente", "previous", "year", -1],
    ],
  },
  de: {
    units: {
      ...u("tag tage tagen", "day"),
      ...u("woche wochen", "week"),
      ...u("monat monate monaten", "month"),
      ...u("jahr jahre jahren", "year"),
      ...u("jahrzehnt jahrzehnte jahrzehnten", "decade"),
    },
    agoBefore: ["vor"],
    agoAfter: [],
    laterBefore: [],
    laterAfter: ["später", "danach", "darauf"],
    earlierAfter: ["zuvor", "vorher", "früher"],
    anniversary: /(?<![\p{L}\d])(\d{1,3})\.\s+jahrestag\p{L}*/giu,
    phrases: [
      ["letztes jahr", "calendar", "year", -1],
      ["im vergangenen jahr", "calendar", "year", -1],
      ["vergangenes jahr", "calendar", "year", -1],
      ["im letzten jahr", "calendar", "year", -1],
      ["gestern", "calendar", "day", -1],
      ["dieses jahr", "calendar", "year", 0],
      ["im folgenden jahr", "previous", "year", 1],
      ["im jahr darauf", "previous", "year", 1],
      ["am nächsten tag", "previous", "day", 1],
      ["am folgenden tag", "previous", "day", 1],
      ["tags darauf", "previous", "day", 1],
      ["im vorjahr", "previous", "year", -1],
      ["im jahr zuvor", "previous", "year", -1],
    ],
  },
  ru: {
    units: {
      ...u("день дня дней", "day"),
      ...u("неделю недели недель неделя", "week"),
      ...u("месяц месяца месяцев", "month"),
      ...u("год года лет", "year"),
      ...u("десятилетие десятилетия десятилетий", "decade"),
    },
    agoBefore: [],
    agoAfter: ["назад", "тому назад"],
    laterBefore: ["через"],
    laterAfter: ["спустя", "позже", "позднее"],
    earlierAfter: ["раньше", "ранее"],
    anniversary: /(?<![\p{L}\d])(\d{1,3})\s*-?\s*(?:я|й|ю|ой|ей|ая|ую)?\s+годовщин\p{L}*/giu,
    phrases: [
      ["в прошлом году", "calendar", "year", -1],
      ["вчера", "calendar", "day", -1],
      ["в этом году", "calendar", "year", 0],
      ["на следующий год", "previous", "year", 1],
      ["в следующем году", "previous", "year", 1],
      ["на следующий день", "previous", "day", 1],
      ["на другой день", "previous", "day", 1],
      ["в предыдущем году", "previous", "year", -1],
      ["накануне", "previous", "day", -1],
    ],
  },
  pt: {
    units: {
      ...u("dia dias", "day"),
      ...u("semana semanas", "week"),
      ...u("mês mes meses", "month"),
      ...u("ano anos", "year"),
      ...u("década décadas", "decade"),
    },
    agoBefore: ["há", "faz"],
    agoAfter: ["atrás"],
    laterBefore: [],
    laterAfter: ["depois", "mais tarde"],
    earlierAfter: ["antes"],
    anniversary: /(?<![\p{L}\d])(?:o\s+)?(\d{1,3})\s*(?:º|°|o\.?)?\s+aniversário/giu,
    phrases: [
      ["no ano passado", "calendar", "year", -1],
      ["ano passado", "calendar", "year", -1],
      ["ontem", "calendar", "day", -1],
      ["este ano", "calendar", "year", 0],
      ["no ano seguinte", "previous", "year", 1],
      ["no dia seguinte", "previous", "day", 1],
      ["no ano anterior", "previous", "year", -1],
    ],
  },
};

// "tres días después del ataque" counts from an event, not a date: only a bare "después" is kept.
const EVENT_AFTER = new Set(
  "de del d' du des di dello della dei da do dos das dem der des от".split(" "),
);

/** Relative dates in a language other than English: "hace 33 años", "il y a 33 ans", "33 anni fa". */
export function localRelativeCandidates(
  text: string,
  rules: RuleTable,
  lexicon: Lexicon,
): DateCandidate[] {
  if (lexicon.language === "en") return [];
  const words = WORDS[lexicon.language];
  const tokens = tokenize(text, lexicon.elisions);
  const found: DateCandidate[] = [];
  tokens.forEach((tok, i) => {
    const unit = words.units[tok.lower];
    if (!unit) return;
    const amount = amountBefore(text, tokens, i, lexicon);
    if (!amount) return;
    const add = (from: number, to: number, resolve: DateCandidate["resolve"]) =>
      found.push({
        start: (tokens[from] as Token).start,
        end: (tokens[to - 1] as Token).end,
        resolve,
      });
    const before = phraseEndingAt(tokens, amount.start, words.agoBefore);
    const after = (list: string[]) => phraseAt(tokens, i + 1, list);
    const ago = after(words.agoAfter);
    if (before !== null)
      return add(before, i + 1, fromReference("relative.ago", unit, -amount.value, rules));
    if (ago !== null)
      return add(amount.start, ago, fromReference("relative.ago", unit, -amount.value, rules));
    const through = phraseEndingAt(tokens, amount.start, words.laterBefore);
    if (through !== null) return add(through, i + 1, fromPrevious(unit, amount.value, rules));
    const later = after(words.laterAfter);
    const earlier = after(words.earlierAfter);
    const end = later ?? earlier;
    if (end === null || EVENT_AFTER.has(tokens[end]?.lower ?? "")) return;
    add(
      amount.start,
      end,
      fromPrevious(unit, later !== null ? amount.value : -amount.value, rules),
    );
  });
  for (const x of text.matchAll(words.anniversary)) {
    const years = Number(x[1]);
    found.push({
      start: x.index,
      end: x.index + x[0].length,
      resolve: fromReference("relative.anniversary", "year", -years, rules),
    });
  }
  for (const [phrase, kind, unit, amount] of words.phrases) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\d])${phrase.replace(/'/g, "['’]").replace(/ /g, "[\\s\\u00a0]+")}(?![\\p{L}\\d])`,
      "giu",
    );
    for (const x of text.matchAll(pattern)) {
      const resolve =
        kind === "calendar"
          ? fromReference("relative.calendar", unit, amount, rules)
          : fromPrevious(unit, amount, rules);
      found.push({ start: x.index, end: x.index + x[0].length, resolve });
    }
  }
  return found;
}

// The amount before a unit: digits, number words, or an article ("hace un año", "ein Jahr").
function amountBefore(text: string, tokens: Token[], unit: number, lexicon: Lexicon) {
  for (let start = Math.max(0, unit - 4); start < unit; start += 1) {
    const tok = tokens[start] as Token;
    const one = lexicon.numbers.get(tok.lower)?.role === "article" && start === unit - 1;
    if (one) return { start, value: 1 };
    const read = readNumber(text, tokens, start, lexicon);
    if (read && read.next === unit && read.value > 0 && read.value < 10000)
      return { start, value: read.value };
  }
  return null;
}

// Index of the first token of a phrase that ends just before token `i`, else null.
function phraseEndingAt(tokens: Token[], i: number, phrases: string[]): number | null {
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const from = i - words.length;
    if (from >= 0 && words.every((w, k) => tokens[from + k]?.lower === w)) return from;
  }
  return null;
}

// Index just past a phrase that starts at token `i`, else null.
function phraseAt(tokens: Token[], i: number, phrases: string[]): number | null {
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return i + words.length;
  }
  return null;
}
