import type { TimeUnit } from "./date-span";
import type { Language } from "./language";

/** The words of relative dates in one language. */
export type RelativeWords = {
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

/** Relative-date words per language other than English. */
export const RELATIVE_WORDS: Record<Exclude<Language, "en">, RelativeWords> = {
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
