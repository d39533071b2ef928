/** What a page's JSON-LD says about the article it carries. */
export interface JsonLdArticle {
  type: string;
  headline?: string;
  authors: string[];
  publisher?: string;
  datePublished?: string;
  language?: string;
  url?: string;
}

type Node = Record<string, unknown>;

/** Types of schema.org whose node describes the article a page carries. */
const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;

/**
 * The first article described by the page's `<script type="application/ld+json">` blocks
 * (NewsArticle, ReportageNewsArticle, BlogPosting, ScholarlyArticle, Report…), looking inside
 * arrays and `@graph`, and following `@id` references for authors and publisher. Blocks that are
 * not valid JSON are skipped.
 */
export function readJsonLdArticle(blocks: string[]): JsonLdArticle | null {
  const nodes = blocks.flatMap((block) => flatten(parseBlock(block)));
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node["@id"] === "string") byId.set(node["@id"], node);
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return null;
  const resolve = (value: unknown) =>
    isNode(value) && typeof value["@id"] === "string" && !("name" in value)
      ? (byId.get(value["@id"]) ?? value)
      : value;
  const type = typesOf(article).find((t) => ARTICLE_TYPE.test(t)) ?? "Article";
  return {
    type,
    headline: text(article.headline) ?? text(article.name),
    authors: list(article.author)
      .map(resolve)
      .map(nameOf)
      .filter((name): name is string => name !== undefined),
    publisher: nameOf(resolve(first(article.publisher))),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    language: languageOf(article.inLanguage),
    url: text(article.url) ?? urlOf(article.mainEntityOfPage),
  };
}

function parseBlock(block: string): unknown {
  // Some sites wrap the JSON in CDATA or an HTML comment, as was once needed for old browsers.
  const json = block
    .trim()
    .replace(/^(<!\[CDATA\[|<!--)/, "")
    .replace(/(\]\]>|-->)$/, "");
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

function flatten(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!isNode(value)) return [];
  const graph = value["@graph"];
  return graph === undefined ? [value] : [value, ...flatten(graph)];
}

function typesOf(node: Node): string[] {
  return list(node["@type"]).filter((type): type is string => typeof type === "string");
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return text(value);
  return isNode(value) ? text(value.name) : undefined;
}

function languageOf(value: unknown): string | undefined {
  const language = first(value);
  if (typeof language === "string") return text(language);
  return isNode(language) ? (text(language.alternateName) ?? text(language.name)) : undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === "string") return text(value);
  return isNode(value) ? (text(value["@id"]) ?? text(value.url)) : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed === "" ? undefined : trimmed;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
