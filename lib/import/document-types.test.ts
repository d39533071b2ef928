import { describe, expect, it } from "vitest";
import { detectContentType, DOCX_TYPE, formatOf, parseMediaType } from "./document-types";

const bytes = (text: string) => Buffer.from(text, "latin1");

describe("parseMediaType and formatOf", () => {
  it.each([
    ["text/html; charset=UTF-8", { type: "text/html", charset: "UTF-8" }, "html"],
    ["Text/HTML", { type: "text/html" }, "html"],
    [
      'application/xhtml+xml; charset="iso-8859-1"',
      { type: "application/xhtml+xml", charset: "iso-8859-1" },
      "html",
    ],
    ["text/html;charset", { type: "text/html" }, "html"],
    ["application/pdf", { type: "application/pdf" }, "pdf"],
    ["text/x-markdown", { type: "text/x-markdown" }, "markdown"],
    [DOCX_TYPE, { type: DOCX_TYPE }, "docx"],
    ["image/png", { type: "image/png" }, null],
    ["", { type: "" }, null],
    ["garbage", { type: "" }, null],
  ])("%j", (header, media, format) => {
    expect(parseMediaType(header)).toEqual(media);
    expect(formatOf(header)).toBe(format);
  });
});

describe("detectContentType", () => {
  it.each([
    [{ declared: "text/html; charset=utf-8", bytes: bytes("<p>") }, "text/html; charset=utf-8"],
    [{ declared: "text/plain", name: "notes.md", bytes: bytes("# x") }, "text/markdown"],
    [
      { declared: "text/plain; charset=utf-8", name: "/a/README.markdown", bytes: bytes("x") },
      "text/markdown; charset=utf-8",
    ],
    [{ declared: "", bytes: bytes("%PDF-1.7\n...") }, "application/pdf"],
    [
      { declared: "application/octet-stream", name: "x.bin", bytes: bytes("%PDF-1.4") },
      "application/pdf",
    ],
    [{ declared: "", name: "report.docx", bytes: bytes("PK\u0003\u0004...") }, DOCX_TYPE],
    [{ declared: "", bytes: bytes("PK\u0003\u0004....word/document.xml") }, DOCX_TYPE],
    [{ declared: null, bytes: bytes("\xef\xbb\xbf  <!DOCTYPE html><html>") }, "text/html"],
    [{ bytes: bytes("<html lang=en>") }, "text/html"],
    [{ declared: "", name: "notes.txt", bytes: bytes("hello") }, "text/plain"],
    [{ declared: "", name: "notes.md", bytes: bytes("hello") }, "text/markdown"],
  ])("%j → %s", (input, expected) => {
    expect(detectContentType(input)).toBe(expected);
  });

  it.each([
    [
      { declared: "image/png", name: "a.png", bytes: bytes("\x89PNG") },
      "The document's type is image/png.",
    ],
    [{ declared: "", name: "a.zip", bytes: bytes("PK\u0003\u0004") }, "could not be recognised"],
    [{ declared: "", name: "a.pdf", bytes: bytes("not a pdf") }, "could not be recognised"],
  ])("refuses %j", (input, message) => {
    expect(() => detectContentType(input)).toThrow(message);
  });
});
