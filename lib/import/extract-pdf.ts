import { extractTextItems, getDocumentProxy, getMeta } from "unpdf";
import { ImportRefusal } from "./import-refusal";
import {
  authorsOf,
  cleanText,
  languageTagOf,
  publicationDateOf,
  type ExtractedMetadata,
} from "./metadata-values";
import { pageText } from "./pdf-page-text";

/** Where one page's text lies in the extracted text (UTF-16 offsets, end exclusive). */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

/**
 * The text of a PDF page by page, pages joined by a blank line, with each page's span so that a
 * passage's locator can name its page, and the title, author, creation date and language from
 * the document's info. A PDF without a text layer (a scan) is refused.
 */
export async function extractPdf(
  bytes: Uint8Array,
): Promise<{ text: string; pages: PageSpan[]; metadata: ExtractedMetadata }> {
  // pdf.js takes ownership of the buffer it is given; the caller's bytes must stay intact.
  const pdf = await getDocumentProxy(new Uint8Array(bytes)).catch(refusePdf);
  try {
    const { info } = await getMeta(pdf);
    const { items } = await extractTextItems(pdf);
    const pages: PageSpan[] = [];
    let text = "";
    items.forEach((pageItems, index) => {
      if (index > 0) text += "\n\n";
      const start = text.length;
      text += pageText(pageItems);
      pages.push({ page: index + 1, start, end: text.length });
    });
    if (text.trim() === "") {
      throw new ImportRefusal(
        "no_text",
        "This PDF has no text to import; it may be a scan (pictures of pages), which Crosscheck cannot read.",
      );
    }
    return { text, pages, metadata: metadataOf(info) };
  } finally {
    await pdf.destroy();
  }
}

function metadataOf(info: Record<string, unknown>): ExtractedMetadata {
  const title = cleanText(stringOf(info.Title));
  const author = stringOf(info.Author);
  const metadata: ExtractedMetadata = {
    title: title && !looksLikeFileName(title) ? title : undefined,
    authors: author ? authorsOf(author.split(/;|\s+and\s+|&/)) : undefined,
    published: publicationDateOf(pdfDate(stringOf(info.CreationDate))),
    language: languageTagOf(stringOf(info.Language)),
  };
  return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined));
}

/** Tools often fill the title with the file's name, which helps no reader. */
function looksLikeFileName(title: string): boolean {
  return /^(untitled|microsoft word - .*|.*\.(docx?|odt|html?|pdf|indd|qxd|rtf|txt))$/i.test(title);
}

/** "D:20150504133631+02'00'" → "2015-05-04" (the date as the PDF's own clock wrote it). */
function pdfDate(value: string | undefined): string | undefined {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value ?? "");
  return match ? match.slice(1).filter(Boolean).join("-") : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function refusePdf(error: unknown): never {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    throw new ImportRefusal(
      "unreadable_document",
      "This PDF is protected by a password; save a copy without the password and import that.",
    );
  }
  throw new ImportRefusal("unreadable_document", "This file could not be read as a PDF.");
}
