import { createHash } from "node:crypto";
import { MAX_TEXT_BYTES } from "@/lib/sources/source-schema";
import { decodePlainText } from "./decode-text";
import { ACCEPTED_FORMATS, formatOf, MAX_DOCUMENT_BYTES, parseMediaType } from "./document-types";
import { extractDocx } from "./extract-docx";
import { extractHtml } from "./extract-html";
import { extractMarkdown } from "./extract-markdown";
import { extractPdf, type PageSpan } from "./extract-pdf";
import { ImportRefusal } from "./import-refusal";
import { absoluteUrl, type ExtractedMetadata } from "./metadata-values";

/** The bytes a text was extracted from, described so that anyone can check them. */
export interface OriginalDocument {
  contentType: string;
  size: number;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
}

/** A document's text and metadata, ready for the editor to check before it becomes a source. */
export interface ExtractedDocument {
  text: string;
  metadata: ExtractedMetadata;
  /** PDF only: where each page's text lies in `text`. */
  pages?: PageSpan[];
  original: OriginalDocument;
}

/**
 * Extracts the text and metadata of a web page (HTML, XHTML), PDF, plain-text, Markdown or DOCX
 * document. `contentType` is as served or detected (see detectContentType), charset included;
 * `url` is where the document came from, to resolve its links and to stand in for a canonical
 * address; `maxBytes` defaults to MAX_DOCUMENT_BYTES. Throws ImportRefusal, with a message for
 * people, when the document cannot be used.
 */
export async function extractDocument(
  bytes: Uint8Array,
  contentType: string,
  options: { url?: string; maxBytes?: number } = {},
): Promise<ExtractedDocument> {
  const { maxBytes = MAX_DOCUMENT_BYTES } = options;
  const format = formatOf(contentType);
  if (!format) {
    const type = parseMediaType(contentType).type || "unknown";
    throw new ImportRefusal(
      "unsupported_content_type",
      `The document's type is ${type}. ${ACCEPTED_FORMATS}`,
    );
  }
  if (bytes.byteLength > maxBytes) {
    const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    throw new ImportRefusal(
      "too_large",
      `This document is larger than ${megabytes} MB, too large to import.`,
    );
  }
  if (bytes.byteLength === 0) throw new ImportRefusal("no_text", "This document is empty.");
  const { charset } = parseMediaType(contentType);
  const original = {
    contentType: contentType.trim(),
    size: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };

  let extracted: { text: string; metadata: ExtractedMetadata; pages?: PageSpan[] };
  if (format === "html") extracted = extractHtml(bytes, charset, options.url);
  else if (format === "pdf") extracted = await extractPdf(bytes);
  else if (format === "docx") extracted = await extractDocx(bytes);
  else {
    const text = decodePlainText(bytes, charset);
    if (text.includes("\u0000")) {
      throw new ImportRefusal(
        "unreadable_document",
        "This file holds NUL bytes, so it is not plain text; check that it is the file you meant.",
      );
    }
    extracted = format === "markdown" ? extractMarkdown(text) : { text, metadata: {} };
  }

  // PostgreSQL cannot store U+0000; in extracted text it is debris of the conversion.
  const text = extracted.text.replace(/\u0000/g, "");
  if (text.trim() === "") throw new ImportRefusal("no_text", NO_TEXT[format]);
  if (Buffer.byteLength(text, "utf8") > MAX_TEXT_BYTES) {
    throw new ImportRefusal(
      "text_too_large",
      "The text of this document is larger than 5 MB; split it into several sources.",
    );
  }
  const url = extracted.metadata.url ?? absoluteUrl(options.url);
  return {
    text,
    metadata: url ? { ...extracted.metadata, url } : extracted.metadata,
    ...(extracted.pages ? { pages: extracted.pages } : {}),
    original,
  };
}

const NO_TEXT = {
  html: "No article text could be found on this page.",
  pdf: "This PDF has no text to import.",
  docx: "This Word document has no text.",
  markdown: "This Markdown file has no text.",
  plain: "This file has no text.",
} as const;
