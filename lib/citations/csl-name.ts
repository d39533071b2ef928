import { parse as parseName } from "@citation-js/name";
import type { CslName } from "./csl-item";

/**
 * An author as CSL wants it. A person's name is split into family and given names ("Eduard
 * Polatov", "Polatov, Eduard", "Thomas de Waal", "Martin Luther King Jr."); anything that looks
 * like an organisation, a single word, or a name that does not parse stays a literal, printed as
 * written. "{…}" forces a literal. A trailing "(…)", such as an alternative spelling, stays with
 * the family name: "Eduard Polatov (Polatidis)" → Polatov (Polatidis), Eduard.
 */
export function toCslName(author: string): CslName {
  // An export names the same few authors thousands of times; parsing is the costly part.
  // Copies go out, so that no caller can change what is remembered.
  const known = parsedNames.get(author);
  if (known) return { ...known };
  if (parsedNames.size >= MAX_REMEMBERED) parsedNames.clear();
  const name = readName(author);
  parsedNames.set(author, name);
  return { ...name };
}

const MAX_REMEMBERED = 10_000;
const parsedNames = new Map<string, CslName>();

function readName(author: string): CslName {
  const name = author.trim().replace(/\s+/g, " ");
  const braced = /^\{(.+)\}$/.exec(name);
  if (braced?.[1]) return { literal: braced[1].trim() };
  const aside = /^(.+?)\s+(\([^()]+\))$/.exec(name);
  const main = aside?.[1] ?? name;
  const person = looksLikeOrganisation(main) ? null : parsePerson(main);
  if (!person) return { literal: name };
  return aside?.[2] ? { ...person, family: `${person.family} ${aside[2]}` } : person;
}

/** A name as RIS and people write it inverted: "de Waal, Thomas", "King, Martin Luther, Jr.". */
export function invertedName(name: CslName): string {
  if ("literal" in name) return name.literal;
  const family = [name["non-dropping-particle"], name.family].filter(Boolean).join(" ");
  return [family, name.given, name.suffix].filter(Boolean).join(", ");
}

/** Whether a name reads as an organisation rather than a person. */
export function looksLikeOrganisation(name: string): boolean {
  if (/[\d&@/]/.test(name)) return true;
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (words.length > 5) return true;
  return words.some((word) => {
    const bare = word.replace(/[.'’]+$/u, "");
    if (ORGANISATION_WORDS.has(bare.toLowerCase())) return true;
    // An acronym (USSR, MFA, BBC), unless it is a generational suffix (II, III).
    return /^\p{Lu}{2,}$/u.test(bare) && !SUFFIX.test(bare);
  });
}

function parsePerson(name: string): Exclude<CslName, { literal: string }> | null {
  const inverted = name.includes(",");
  let rest = name;
  let suffix: string | undefined;
  const suffixMatch = /^(.+?),?\s+((?:Jr|Sr)\.?|II|III|IV)$/.exec(name);
  if (suffixMatch?.[1] && suffixMatch[2] && !inverted) {
    rest = suffixMatch[1];
    suffix = suffixMatch[2];
  }
  if (!inverted && rest.split(" ").length < 2) return null;
  const parsed = parseName(rest);
  const family = parsed.family?.trim();
  const given = parsed.given?.trim();
  if (!family || !given || ![family, given].every(isNameWords)) return null;
  const particle = parsed["non-dropping-particle"] ?? parsed["dropping-particle"];
  return {
    family,
    given,
    ...(particle ? { "non-dropping-particle": particle } : {}),
    ...((suffix ?? parsed.suffix) ? { suffix: suffix ?? parsed.suffix } : {}),
  };
}

// Given and family names are capitalised words ("estimates" is no name); particles ("de",
// "van") are taken apart by the parser before this check.
function isNameWords(part: string): boolean {
  return part.split(" ").every((word) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word));
}

const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;

// Words that make a name an organisation's, in the languages of the corpus and a few more.
const ORGANISATION_WORDS = new Set([
  ...["office", "ministry", "agency", "committee", "council", "commission", "department"],
  ...["government", "institute", "institution", "university", "college", "school"],
  ...["association", "society", "foundation", "center", "centre", "service", "services"],
  ...["news", "press", "watch", "international", "union", "bureau", "inc", "ltd", "llc"],
  ...["plc", "gmbh", "corp", "corporation", "company", "group", "organization"],
  ...["organisation", "party", "court", "parliament", "assembly", "embassy", "network"],
  ...["project", "media", "times", "post", "television", "tv", "radio", "channel"],
  ...["magazine", "journal", "daily", "gazette", "tribune", "herald", "staff", "team"],
  ...["board", "authority", "administration", "police", "army", "forces", "republic"],
  ...["nations", "national", "federal", "federation", "museum", "library", "archive"],
  ...["archives", "agence", "presse", "ministère", "ministerio", "ministerium", "agentur"],
  ...["министерство", "агентство", "комитет", "служба", "управление", "прокуратура"],
]);
