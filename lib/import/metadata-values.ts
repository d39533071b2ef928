import { formatPublicationIso, parsePublicationDate } from "@/lib/sources/publication-date";

/**
 * What a document says about itself, in the shapes the source form takes: each field is a
 * suggestion for the editor to check, and missing when the document does not say.
 */
export interface ExtractedMetadata {
  title?: string;
  authors?: string[];
  publisher?: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as the document dates itself (its own time zone). */
  published?: string;
  /** A language tag such as "en", "fr" or "pt-BR". */
  language?: string;
  /** The canonical address of the document, if it names one, else the address it came from. */
  url?: string;
  /** Set only when the document says plainly what it is (schema.org NewsArticle, Report…). */
  kind?: "news_article" | "report" | "book";
}

/** Whitespace collapsed and trimmed; undefined for nothing or for more than `max` characters. */
export function cleanText(value: string | null | undefined, max = 500): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  return text && text.length <= max ? text : undefined;
}

/**
 * A publication date as the form takes it, from the forms pages use: ISO dates and times
 * ("2015-07-24T05:36:09+01:00" → "2015-07-24"), "2018/12/21", "2018-12". The date part is
 * kept as written: a page dated the 24th in its own time zone was published on the 24th.
 */
export function publicationDateOf(value: string | null | undefined): string | undefined {
  const match = /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:$|[T\s])/.exec(value ?? "");
  if (!match) return undefined;
  const parsed = parsePublicationDate(match.slice(1).filter(Boolean).join("-"));
  return parsed.ok ? formatPublicationIso(parsed.date) : undefined;
}

/** A language tag in its canonical case ("en_gb" → "en-GB"), or undefined if it is not one. */
export function languageTagOf(value: string | null | undefined): string | undefined {
  const tag = value?.trim().replace(/_/g, "-");
  if (!tag || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Author names cleaned: "By " dropped, addresses of profile pages dropped, duplicates once. */
export function authorsOf(names: (string | null | undefined)[]): string[] | undefined {
  const seen = new Set<string>();
  const authors: string[] = [];
  for (const name of names) {
    const cleaned = cleanText(name?.replace(/^\s*(by|par|von|por|di)\s+/i, ""), 200);
    if (!cleaned || /^https?:\/\//i.test(cleaned) || seen.has(cleaned.toLowerCase())) continue;
    seen.add(cleaned.toLowerCase());
    authors.push(cleaned);
  }
  return authors.length > 0 ? authors.slice(0, 50) : undefined;
}

/** A byline ("By Jane Doe and John Roe") as names; commas are left alone ("Doe, Jane"). */
export function bylineAuthors(byline: string | null | undefined): string[] | undefined {
  const names = (byline ?? "")
    .replace(/^\s*(by|par|von|por|di)\s+/i, "")
    .split(/\s+(?:and|&)\s+|;/i);
  return authorsOf(names);
}

/** An absolute http(s) address, resolving a relative one against the page's own address. */
export function absoluteUrl(value: string | null | undefined, base?: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    return url.href.length <= 2000 ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first of several candidates that is defined. */
export function firstOf<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined);
}
