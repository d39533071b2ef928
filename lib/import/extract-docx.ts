import mammoth from "mammoth";
import { htmlToText } from "./html-to-text";
import { ImportRefusal } from "./import-refusal";
import { cleanText, type ExtractedMetadata } from "./metadata-values";
import { parseHtmlDocument } from "./parse-html";

/**
 * The text of a Word document (DOCX), read offline by mammoth: paragraphs, headings, list items
 * and table rows become paragraphs as in a web page; images are dropped. A first paragraph in
 * the "Title" style (or a first Heading 1) is offered as the title.
 */
export async function extractDocx(
  bytes: Uint8Array,
): Promise<{ text: string; metadata: ExtractedMetadata }> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh"],
        // Images would arrive as base64 in the HTML only to be dropped again.
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      },
    );
    html = result.value;
  } catch {
    throw new ImportRefusal(
      "unreadable_document",
      "This file could not be read as a Word document (DOCX).",
    );
  }
  const document = parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const first = document.body.firstElementChild;
  const title = first?.localName === "h1" ? cleanText(first.textContent) : undefined;
  return { text: htmlToText(document.body), metadata: title ? { title } : {} };
}
