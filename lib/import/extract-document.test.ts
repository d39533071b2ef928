import { readFileSync } from "node:fs";
import { PDFDocument, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "@/lib/passages/split-paragraphs";
import { DOCX_TYPE, MAX_DOCUMENT_BYTES } from "./document-types";
import { extractDocument } from "./extract-document";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe("extractDocument on saved articles", () => {
  it("reads a BBC page: the article only, paragraphs apart, metadata from JSON-LD and OpenGraph", async () => {
    const bytes = fixture("bbc-1.html");
    const doc = await extractDocument(bytes, "text/html");
    expect(doc.metadata).toEqual({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      authors: ["BBC News"],
      publisher: "BBC News",
      published: "2015-07-24",
      language: "en",
      url: "http://www.bbc.com/news/world-us-canada-33646704",
    });
    expect(doc.original).toEqual({
      contentType: "text/html",
      size: 264054,
      sha256: "b5ca9d50b6ede3fc7e95c988475fc4dbc693331ce4b4faca5b8a2696f13a7917",
    });
    expect(doc.text).toMatch(/^President Barack Obama has admitted that his failure to pass /);
    expect(doc.text).toContain(
      "If you look at the number that have been killed by gun violence, it's in the tens of thousands",
    );
    expect(doc.text).not.toMatch(/Skip to content|Accessibility links|<\/?[a-z]+[ >]/);
    const paragraphs = splitParagraphs(doc.text);
    expect(paragraphs.length).toBeGreaterThan(30);
    expect(paragraphs[1]?.text).toBe(
      'In an interview with the BBC, Mr Obama said it was "distressing" not to have made progress on the issue "even in the face of repeated mass killings".',
    );
    expect(doc.pages).toBeUndefined();
  });

  it("reads Le Monde: Dublin Core publisher, microdata date, byline as the author", async () => {
    const doc = await extractDocument(fixture("lemonde-1.html"), "text/html; charset=utf-8", {
      url: "https://www.lemonde.fr/pixels/",
    });
    expect(doc.metadata).toEqual({
      title: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
      authors: ["Martin Untersinger (avec Damien Leloup et Morgane Tual)"],
      publisher: "Le Monde",
      published: "2015-05-04",
      language: "fr",
      url: "http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html",
    });
    expect(doc.text).toContain("adopté à une large majorité (438 contre 86 et 42 abstentions)");
    expect(doc.original.contentType).toBe("text/html; charset=utf-8");
  });

  it("reads Folha: a ReportageNewsArticle in CDATA, its author list and pt-BR", async () => {
    const doc = await extractDocument(fixture("folha.html"), "text/html");
    expect(doc.metadata).toMatchObject({
      title: "Tite diz que errou ao levar taça da Libertadores a Lula em 2012",
      authors: ["Bruno (Henrique Zecchin) Rodrigues"],
      publisher: "Folha de S.Paulo",
      published: "2018-12-21",
      language: "pt-BR",
      kind: "news_article",
    });
    expect(splitParagraphs(doc.text)).toHaveLength(7);
  });
});

describe("extractDocument and character sets", () => {
  it.each(["text/html", "text/html; charset=windows-1251"])(
    "reads a windows-1251 page declared by its meta tag (served as %s)",
    async (contentType) => {
      const doc = await extractDocument(fixture("windows-1251.html"), contentType);
      expect(doc.text).toContain("обошёлся городу в 48 миллионов рублей");
      expect(doc.text).toContain("«Мы заменили крышу, окна и всю электропроводку");
      expect(doc.text).not.toContain("Главная");
      expect(doc.metadata).toMatchObject({
        authors: ["Анна Петрова"],
        publisher: "Вести Заречья",
        published: "2021-03-15",
        language: "ru",
      });
    },
  );

  it.each(["text/html", "text/html; charset=iso-8859-1"])(
    "reads a Latin-1 page as windows-1252, as browsers do (served as %s)",
    async (contentType) => {
      const doc = await extractDocument(fixture("latin1-undeclared.html"), contentType);
      expect(doc.text).toContain("L’équipe a déplacé près de 30 000 documents");
      expect(doc.text).toContain("« Nous avons doublé l’espace consacré à la jeunesse »");
    },
  );

  it("keeps plain text byte for byte, less its BOM (CRLF and tabs stay)", async () => {
    const bytes = fixture("notes-crlf.txt");
    const doc = await extractDocument(bytes, "text/plain");
    expect(doc.text).toBe(bytes.subarray(3).toString("utf8"));
    expect(doc.text).toContain("Present: 9 of the 11 members.\tQuorum reached.\r\n");
    expect(doc.original.size).toBe(193);
  });

  it("reads plain text in a declared single-byte charset and UTF-16 with a BOM", async () => {
    const cp1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect((await extractDocument(cp1251, "text/plain; charset=windows-1251")).text).toBe("Привет");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Tab\there", "utf16le")]);
    expect((await extractDocument(utf16, "text/plain")).text).toBe("Tab\there");
  });
});

describe("extractDocument on other formats", () => {
  it("reads a PDF page by page, with each page's span and the document's info", async () => {
    const bytes = fixture("lemonde-1.pdf");
    const doc = await extractDocument(bytes, "application/pdf");
    expect(doc.metadata).toEqual({
      title: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
      authors: ["Martin Untersinger", "Damien Leloup", "Morgane Tual"],
      published: "2015-05-04",
      language: "fr",
    });
    const pages = doc.pages ?? [];
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4]);
    expect(pages[0]?.start).toBe(0);
    expect(pages.at(-1)?.end).toBe(doc.text.length);
    for (const [i, page] of pages.entries()) {
      if (i > 0) expect(doc.text.slice(pages[i - 1]?.end, page.start)).toBe("\n\n");
      expect(page.end).toBeGreaterThan(page.start);
    }
    expect(doc.text.slice(pages[0]?.start, pages[0]?.end)).toMatch(
      /^Les députés ont, sans surprise/,
    );
    expect(doc.text).toContain("(438 contre 86 et 42 abstentions)");
    // Paragraphs come from the spacing between lines, not from the line breaks alone.
    expect(splitParagraphs(doc.text).length).toBeGreaterThan(20);
    // pdf.js takes over the buffer it reads; the caller's bytes must be left as they were.
    expect(bytes.byteLength).toBe(57945);
    expect(doc.original.sha256).toBe(
      "28c9c5ad4c68b7e82c0f67adfbb178126786b527597f9328a8c906c48879f045",
    );
  });

  it("reads a Word document: title, paragraphs, a heading and list items", async () => {
    const doc = await extractDocument(fixture("folha.docx"), DOCX_TYPE);
    expect(doc.metadata).toEqual({
      title: "Tite diz que errou ao levar taça da Libertadores a Lula em 2012",
    });
    expect(splitParagraphs(doc.text).map((p) => p.text.slice(0, 24))).toEqual([
      "Tite diz que errou ao le",
      "Após rechaçar um encontr",
      "Ao lado de representante",
      "Na ocasião, Tite e outro",
      "O assunto foi levantado ",
      "Palmeiras e CBF",
      "Apesar disso, Tite não q",
      "Corinthians",
      "Palmeiras",
    ]);
  });

  it("reads Markdown as the words people read, without its markup", async () => {
    const doc = await extractDocument(fixture("bbc-1.md"), "text/markdown", {
      url: "https://example.org/bbc.md",
    });
    expect(doc.metadata).toEqual({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      url: "https://example.org/bbc.md",
    });
    expect(doc.text).not.toMatch(/\*|\]\(|^#|^---|title:|^- |^> /m);
    expect(doc.text).toContain("is the greatest frustration of his presidency.");
    expect(doc.text).toContain(
      "\n\nThe UK must stay in the EU to have influence on the world stage\n\n",
    );
    expect(doc.text).toContain("\n\nAnalysis: Jon Sopel, BBC News, Washington");
  });
});

describe("extractDocument refuses", () => {
  it.each([
    [
      "image/png",
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      "unsupported_content_type",
      "type is image/png",
    ],
    ["text/html", Buffer.alloc(0), "no_text", "This document is empty."],
    [
      "text/html",
      Buffer.from("<html><body><nav> </nav><script>var a = 1;</script></body></html>"),
      "no_text",
      "No article text could be found on this page.",
    ],
    ["text/plain", Buffer.from([0x61, 0x80, 0x81]), "unreadable_encoding", "not in UTF-8"],
    ["text/plain; charset=x-unknown", Buffer.from("a"), "unreadable_encoding", '"x-unknown"'],
    ["text/plain", Buffer.from("a\u0000b"), "unreadable_document", "NUL bytes"],
    ["text/markdown", Buffer.from("---\n\n***\n"), "no_text", "Markdown file has no text"],
    ["application/pdf", Buffer.from("%PDF-1.4 not really"), "unreadable_document", "as a PDF"],
    [DOCX_TYPE, Buffer.from("PK\u0003\u0004 broken"), "unreadable_document", "Word document"],
  ])("%s %#: %s", async (contentType, bytes, code, message) => {
    await expect(extractDocument(bytes, contentType)).rejects.toMatchObject({
      name: "ImportRefusal",
      code,
      message: expect.stringContaining(message),
    });
  });

  it("a PDF without a text layer, as a scan is", async () => {
    const pdf = await PDFDocument.create();
    pdf
      .addPage()
      .drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0.5, 0.5, 0.5) });
    await expect(extractDocument(await pdf.save(), "application/pdf")).rejects.toMatchObject({
      code: "no_text",
      message: expect.stringContaining("it may be a scan"),
    });
  });

  it("a text over 5 MB, and a document over the size limit", async () => {
    const text = Buffer.alloc(5 * 1024 * 1024 + 1, "a");
    await expect(extractDocument(text, "text/plain")).rejects.toMatchObject({
      code: "text_too_large",
      message: "The text of this document is larger than 5 MB; split it into several sources.",
    });
    const huge = Buffer.alloc(MAX_DOCUMENT_BYTES + 1, "a");
    await expect(extractDocument(huge, "text/plain")).rejects.toMatchObject({ code: "too_large" });
  });
});
