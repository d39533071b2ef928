import sniffHtmlEncoding from "html-encoding-sniffer";
import { decode, getBOMEncoding, isSupported, labelToName } from "whatwg-encoding";
import { ImportRefusal } from "./import-refusal";

// Node 20's TextDecoder reads windows-1252 as ISO-8859-1 ("’", byte 0x92, becomes a control
// character), so single-byte sets are decoded by whatwg-encoding (iconv-lite) instead; strict
// UTF-8 checks still use TextDecoder.
const UNDECLARED = "undeclared";

/**
 * Decodes an HTML or XHTML page as a browser would: a byte order mark, then the charset of the
 * Content-Type header, then a `<meta charset>` (or an XML declaration) in the first bytes. A page
 * that declares nothing is read as UTF-8 when it is valid UTF-8, else as windows-1252.
 */
export function decodeHtml(bytes: Uint8Array, charset?: string): string {
  let encoding = sniffHtmlEncoding(bytes, {
    transportLayerEncodingLabel: charset,
    defaultEncoding: UNDECLARED,
  });
  if (encoding === UNDECLARED) encoding = xmlDeclaredEncoding(bytes) ?? UNDECLARED;
  if (encoding === UNDECLARED) return strictUtf8(bytes) ?? decode(bytes, "windows-1252");
  return decodeAs(bytes, encoding);
}

/**
 * Decodes plain text or Markdown: a byte order mark, else the declared charset, else strict
 * UTF-8 — bytes that are not UTF-8 are refused rather than guessed at, since a wrong guess
 * would garble every quote taken from the text. The BOM is removed; nothing else changes.
 */
export function decodePlainText(bytes: Uint8Array, charset?: string): string {
  const bom = getBOMEncoding(bytes);
  if (bom) return decode(bytes, bom);
  const declared = charset === undefined ? "UTF-8" : labelToName(charset);
  if (declared === null) return unreadable(`the character set "${charset}"`);
  if (declared !== "UTF-8") return decodeAs(bytes, declared);
  const text = strictUtf8(bytes);
  if (text !== null) return text;
  throw new ImportRefusal(
    "unreadable_encoding",
    charset === undefined
      ? "This text is not in UTF-8 and names no other character set; save it as UTF-8 and import it again."
      : "This text says it is in UTF-8, but it is not; save it as UTF-8 and import it again.",
  );
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  return isSupported(encoding) ? decode(bytes, encoding) : unreadable(`"${encoding}"`);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function unreadable(what: string): never {
  throw new ImportRefusal(
    "unreadable_encoding",
    `This document is written in ${what}, which Crosscheck cannot read; save it as UTF-8 and import it again.`,
  );
}

/** `<?xml version="1.0" encoding="ISO-8859-1"?>`, which XHTML may use instead of a meta tag. */
function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
  const label = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  return label ? labelToName(label) : null;
}
