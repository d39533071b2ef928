import type { Language } from "./language";
import type { Lexicon } from "./lexicon";
import { german } from "./lexicons/de";
import { english } from "./lexicons/en";
import { spanish } from "./lexicons/es";
import { french } from "./lexicons/fr";
import { italian } from "./lexicons/it";
import { portuguese } from "./lexicons/pt";
import { russian } from "./lexicons/ru";

const LEXICONS: Record<Language, Lexicon> = {
  en: english,
  es: spanish,
  fr: french,
  it: italian,
  de: german,
  ru: russian,
  pt: portuguese,
};

/** The words and number formats of a supported language. */
export function lexiconOf(language: Language): Lexicon {
  return LEXICONS[language];
}
