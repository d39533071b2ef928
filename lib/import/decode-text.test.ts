import { describe, expect, it } from "vitest";
import { decodeHtml, decodePlainText } from "./decode-text";

const latin1 = (text: string) => Buffer.from(text, "latin1");
const utf8 = (text: string) => Buffer.from(text, "utf8");

describe("decodeHtml", () => {
  it.each([
    ["undeclared UTF-8", utf8("<p>café – “ok”</p>"), undefined, "<p>café – “ok”</p>"],
    [
      "undeclared, not UTF-8: windows-1252",
      latin1("<p>caf\xe9 \x93ok\x94</p>"),
      undefined,
      "<p>café “ok”</p>",
    ],
    [
      "meta charset",
      latin1('<meta charset="iso-8859-1"><p>caf\xe9</p>'),
      undefined,
      '<meta charset="iso-8859-1"><p>café</p>',
    ],
    [
      "header over meta",
      latin1('<meta charset="utf-8"><p>caf\xe9</p>'),
      "latin1",
      '<meta charset="utf-8"><p>café</p>',
    ],
    [
      "BOM over header",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8("<p>é</p>")]),
      "windows-1251",
      "<p>é</p>",
    ],
    [
      "XML declaration",
      latin1('<?xml version="1.0" encoding="ISO-8859-1"?><p>caf\xe9</p>'),
      undefined,
      '<?xml version="1.0" encoding="ISO-8859-1"?><p>café</p>',
    ],
    ["koi8-r", Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), "koi8-r", "Привет"],
  ])("%s", (_, bytes, charset, expected) => {
    expect(decodeHtml(bytes, charset)).toBe(expected);
  });

  it("passes over a header charset it does not know, as browsers do", () => {
    expect(decodeHtml(latin1('<meta charset="iso-8859-1"><p>caf\xe9</p>'), "x-unknown")).toContain(
      "café",
    );
  });
});

describe("decodePlainText", () => {
  it("keeps every character but the BOM", () => {
    const text = "line one\r\nline two\rthree\u2028four\u00a0\t";
    expect(decodePlainText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]))).toBe(
      text,
    );
    expect(decodePlainText(utf8(text))).toBe(text);
  });

  it("refuses UTF-8 declared or assumed that is not UTF-8", () => {
    expect(() => decodePlainText(latin1("caf\xe9"))).toThrow("not in UTF-8");
    expect(() => decodePlainText(latin1("caf\xe9"), "utf-8")).toThrow("says it is in UTF-8");
    expect(decodePlainText(latin1("caf\xe9"), "iso-8859-1")).toBe("café");
  });
});
