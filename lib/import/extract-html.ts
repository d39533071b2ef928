import { Readability } from "@mozilla/readability";
import { decodeHtml } from "./decode-text";
import { metadataOf, readPageFacts } from "./html-metadata";
import { htmlToText } from "./html-to-text";
import { ImportRefusal } from "./import-refusal";
import type { ExtractedMetadata } from "./metadata-values";
import { parseHtmlDocument } from "./parse-html";

/**
 * The article of an HTML or XHTML page as plain text (readability picks the article; menus,
 * comments and scripts are left out) with the page's metadata. `charset` is the Content-Type's.
 */
export function extractHtml(
  bytes: Uint8Array,
  charset: string | undefined,
  pageUrl?: string,
): { text: string; metadata: ExtractedMetadata } {
  const document = parseHtmlDocument(decodeHtml(bytes, charset));
  const facts = readPageFacts(document);
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const text = article?.content ? htmlToText(article.content) : "";
  if (text.trim() === "") {
    throw new ImportRefusal("no_text", "No article text could be found on this page.");
  }
  return { text, metadata: metadataOf(facts, article ?? {}, pageUrl) };
}
