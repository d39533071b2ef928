import { parse as parseContentType } from "content-type";
import { ImportRefusal } from "./import-refusal";

/** The kinds of document Crosscheck reads text from. */
export type DocumentFormat = "html" | "pdf" | "plain" | "markdown" | "docx";

/** Documents above this many bytes are neither fetched nor read (uploads should stop there too). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const FORMATS: Record<string, DocumentFormat> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
  "text/plain": "plain",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  [DOCX_TYPE]: "docx",
};

/** What servers and browsers send when they do not know; the bytes and the name decide then. */
const UNKNOWN_TYPES = new Set(["", "application/octet-stream", "binary/octet-stream"]);

const EXTENSIONS: Record<string, DocumentFormat> = {
  html: "html",
  htm: "html",
  xhtml: "html",
  pdf: "pdf",
  txt: "plain",
  text: "plain",
  md: "markdown",
  markdown: "markdown",
  docx: "docx",
};

const TYPE_OF_FORMAT: Record<DocumentFormat, string> = {
  html: "text/html",
  pdf: "application/pdf",
  plain: "text/plain",
  markdown: "text/markdown",
  docx: DOCX_TYPE,
};

/** The sentence every content-type refusal ends with. */
export const ACCEPTED_FORMATS =
  "Crosscheck imports web pages (HTML), PDF, plain text, Markdown and Word (DOCX) documents.";

/** A Content-Type header read leniently: its media type in lower case and its charset, if any. */
export interface MediaType {
  type: string;
  charset?: string;
}

/** Reads a Content-Type value; a value that does not parse counts as no type at all. */
export function parseMediaType(header: string | null | undefined): MediaType {
  if (!header?.trim()) return { type: "" };
  try {
    const parsed = parseContentType(header);
    const charset = parsed.parameters.charset;
    return charset ? { type: parsed.type, charset } : { type: parsed.type };
  } catch {
    // A value such as "text/html;charset" breaks strict parsing; its type is still plain.
    const type = header.split(";")[0]?.trim().toLowerCase() ?? "";
    return { type: /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : "" };
  }
}

/** The format of a content type Crosscheck accepts, or null. */
export function formatOf(contentType: string | null | undefined): DocumentFormat | null {
  return FORMATS[parseMediaType(contentType).type] ?? null;
}

/** Whether a declared type says nothing useful, so the bytes must be looked at. */
export function isUnknownType(contentType: string | null | undefined): boolean {
  return UNKNOWN_TYPES.has(parseMediaType(contentType).type);
}

/**
 * The content type to extract a document with, from what was declared (a Content-Type header,
 * a browser's file type), the file name or address path, and the first bytes. Markdown served
 * as text/plain is recognised by its name. Refuses any other type with a clear message.
 */
export function detectContentType(input: {
  declared?: string | null;
  name?: string | null;
  bytes: Uint8Array;
}): string {
  const declared = parseMediaType(input.declared);
  const byName = formatOfName(input.name);
  const charset = declared.charset ? `; charset=${declared.charset}` : "";
  if (declared.type === "text/plain" && byName === "markdown") return `text/markdown${charset}`;
  if (FORMATS[declared.type]) return input.declared?.trim() ?? declared.type;
  if (UNKNOWN_TYPES.has(declared.type)) {
    const sniffed = sniffFormat(input.bytes, byName);
    if (sniffed)
      return TYPE_OF_FORMAT[sniffed] + (sniffed === "pdf" || sniffed === "docx" ? "" : charset);
    throw new ImportRefusal(
      "unsupported_content_type",
      `The type of this document could not be recognised. ${ACCEPTED_FORMATS}`,
    );
  }
  throw new ImportRefusal(
    "unsupported_content_type",
    `The document's type is ${declared.type}. ${ACCEPTED_FORMATS}`,
  );
}

function formatOfName(name: string | null | undefined): DocumentFormat | null {
  const extension = /\.([a-z]+)$/i.exec(name ?? "")?.[1]?.toLowerCase();
  return extension ? (EXTENSIONS[extension] ?? null) : null;
}

/** Recognises a document by its first bytes, trusting a name only where bytes cannot tell. */
function sniffFormat(bytes: Uint8Array, byName: DocumentFormat | null): DocumentFormat | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("PK\x03\x04"))
    return byName === "docx" || head.includes("word/") ? "docx" : null;
  if (/^(\xef\xbb\xbf)?\s*(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head))
    return "html";
  if (byName === "plain" || byName === "markdown" || byName === "html") return byName;
  return null;
}
