import { readJsonLdArticle, type JsonLdArticle } from "./json-ld";
import {
  absoluteUrl,
  authorsOf,
  bylineAuthors,
  cleanText,
  firstOf,
  languageTagOf,
  publicationDateOf,
  type ExtractedMetadata,
} from "./metadata-values";

/** What readability found, used where the page's own metadata says nothing. */
export interface ReadabilityHints {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

const JSON_LD = "application/ld+json";

/** Titles after citation_title and JSON-LD's headline. */
const TITLE_KEYS = words("dc.title dcterms.title og:title twitter:title");
const AUTHOR_KEYS = words(`
  author dc.creator dcterms.creator article:author og:article:author parsely-author sailthru.author
`);
const PUBLISHER_KEYS = words(`
  dc.publisher dcterms.publisher og:site_name citation_journal_title citation_publisher
  application-name
`);
const DATE_KEYS = words(`
  article:published_time og:article:published_time citation_publication_date citation_date
  citation_online_date dc.date.issued dcterms.issued dc.date dcterms.date dcterms.created date
  pubdate publish-date publication_date sailthru.date parsely-pub-date
`);
const LANGUAGE_KEYS = words("content-language dc.language dcterms.language og:locale");

/** What a page declares about itself, read before readability changes the document. */
export interface PageFacts {
  meta: Map<string, string[]>;
  article: JsonLdArticle | null;
  htmlLang: string | null;
  canonical: string | null;
  microdataDates: string[];
  title: string | null;
}

/** Reads a page's meta tags, JSON-LD, `<html lang>`, canonical link, microdata and `<title>`. */
export function readPageFacts(document: Document): PageFacts {
  return {
    meta: collectMeta(document),
    article: readJsonLdArticle(
      elements(document, "script")
        .filter((script) => script.getAttribute("type")?.trim().toLowerCase() === JSON_LD)
        .map((script) => script.textContent ?? ""),
    ),
    htmlLang: document.documentElement?.getAttribute("lang") ?? null,
    canonical: canonicalHref(document),
    microdataDates: microdataDates(document),
    title: document.querySelector("title")?.textContent ?? null,
  };
}

/**
 * A page's metadata for the source form, from the most deliberate statement to the least:
 * citation_* tags (scholarly pages), JSON-LD (NewsArticle and kin), OpenGraph and Dublin Core
 * meta tags, `<html lang>`, microdata, then what readability inferred (its title drops the
 * site name that `<title>` often carries), and last the `<title>` itself.
 */
export function metadataOf(
  facts: PageFacts,
  hints: ReadabilityHints = {},
  pageUrl?: string,
): ExtractedMetadata {
  const { meta, article } = facts;
  const all = (keys: string[]) => keys.flatMap((key) => meta.get(key) ?? []);
  const metadata: ExtractedMetadata = {
    title: firstOf(
      ...[
        ...all(["citation_title"]),
        article?.headline,
        ...all(TITLE_KEYS),
        hints.title,
        facts.title,
      ].map((value) => cleanText(value)),
    ),
    authors: firstOf(
      authorsOf(meta.get("citation_author") ?? []),
      authorsOf(article?.authors ?? []),
      authorsOf(all(AUTHOR_KEYS)),
      bylineAuthors(hints.byline),
    ),
    publisher: firstOf(
      ...[article?.publisher, ...all(PUBLISHER_KEYS), hints.siteName].map((v) => cleanText(v, 300)),
    ),
    published: firstOf(
      ...[
        article?.datePublished,
        ...all(DATE_KEYS),
        ...facts.microdataDates,
        hints.publishedTime,
      ].map(publicationDateOf),
    ),
    language: firstOf(
      ...[article?.language, facts.htmlLang, ...all(LANGUAGE_KEYS), hints.lang].map(languageTagOf),
    ),
    url: firstOf(
      ...[facts.canonical, ...all(["og:url"]), article?.url, pageUrl].map((v) =>
        absoluteUrl(v, pageUrl),
      ),
    ),
    kind: kindOf(article?.type),
  };
  return withoutUndefined(metadata);
}

/** Every `<meta>` value by its lower-cased property, name, itemprop or http-equiv. */
function collectMeta(document: Document): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const element of elements(document, "meta")) {
    const content = element.getAttribute("content")?.trim();
    if (!content) continue;
    const names = ["property", "name", "itemprop", "http-equiv"]
      .map((attribute) => element.getAttribute(attribute) ?? "")
      .join(" ");
    // One tag may carry several names: property="og:title twitter:title".
    for (const key of names.toLowerCase().split(/\s+/).filter(Boolean)) {
      found.set(key, [...(found.get(key) ?? []), content]);
    }
  }
  return found;
}

function microdataDates(document: Document): string[] {
  return elements(document, "[itemprop]")
    .filter((element) => element.getAttribute("itemprop")?.toLowerCase() === "datepublished")
    .map((e) => e.getAttribute("content") ?? e.getAttribute("datetime") ?? e.textContent ?? "");
}

function canonicalHref(document: Document): string | null {
  const link = elements(document, "link[rel]").find((element) =>
    element.getAttribute("rel")?.toLowerCase().split(/\s+/).includes("canonical"),
  );
  return link?.getAttribute("href") ?? null;
}

function kindOf(type: string | undefined): ExtractedMetadata["kind"] {
  if (type === undefined) return undefined;
  if (/NewsArticle$/.test(type)) return "news_article";
  return type === "Report" ? "report" : undefined;
}

function elements(document: Document, selector: string): Element[] {
  return Array.from(document.querySelectorAll(selector));
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function words(list: string): string[] {
  return list.trim().split(/\s+/);
}
