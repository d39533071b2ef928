import { describe, expect, it } from "vitest";
import { SOURCE_KINDS } from "@/lib/sources/source-kinds";
import { archiveNameOf } from "./archive-name";
import type { CitationSource } from "./citation-types";
import { toCslDate } from "./csl-date";
import { sourceToCsl } from "./source-to-csl";

const source: CitationSource = {
  id: "s1",
  title: "The Armenian Genocide in Azerbaijan",
  authors: ["Eduard Polatov (Polatidis)"],
  publisher: "ArmInfo",
  url: "https://news.example/article",
  archiveUrl: "https://web.archive.org/web/2024/https://news.example/article",
  published: "2024-02-29",
  accessed: "2025-03-01",
  kind: "news_article",
  language: "en",
  readerUrl: "https://crosscheck.example/sources/s1",
};

describe("sourceToCsl", () => {
  it.each([
    { kind: "news_article", type: "article-newspaper" },
    { kind: "official_statement", type: "document" },
    { kind: "report", type: "report" },
    { kind: "book", type: "book" },
    { kind: "film", type: "motion_picture" },
    { kind: "testimony", type: "interview" },
    { kind: "dataset", type: "dataset" },
    { kind: "other", type: "document" },
  ] as const)("cites a $kind as CSL $type", ({ kind, type }) => {
    expect(sourceToCsl({ ...source, kind }).type).toBe(type);
  });

  it("has a row for every kind of source", () => {
    for (const kind of SOURCE_KINDS) expect(sourceToCsl({ ...source, kind }).type).toBeTruthy();
  });

  it("maps every field of a news article", () => {
    expect(sourceToCsl(source)).toEqual({
      id: "s1",
      type: "article-newspaper",
      title: "The Armenian Genocide in Azerbaijan",
      author: [{ family: "Polatov (Polatidis)", given: "Eduard" }],
      "container-title": "ArmInfo",
      issued: { "date-parts": [[2024, 2, 29]] },
      accessed: { "date-parts": [[2025, 3, 1]] },
      URL: "https://news.example/article",
      archive: "Internet Archive",
      archive_location: "https://web.archive.org/web/2024/https://news.example/article",
      language: "en",
    });
  });

  it("gives a report's publisher as the publisher, a statement its genre, a film its directors", () => {
    expect(sourceToCsl({ ...source, kind: "report" })).toMatchObject({ publisher: "ArmInfo" });
    expect(sourceToCsl({ ...source, kind: "report" })).not.toHaveProperty("container-title");
    expect(sourceToCsl({ ...source, kind: "official_statement" }).genre).toBe("Statement");
    const film = sourceToCsl({ ...source, kind: "film", authors: ["Andrey Konchalovsky"] });
    expect(film.director).toEqual([{ family: "Konchalovsky", given: "Andrey" }]);
    expect(film).not.toHaveProperty("author");
  });

  it("leaves out what is not known", () => {
    const bare = sourceToCsl({
      ...source,
      authors: [],
      publisher: null,
      url: null,
      archiveUrl: null,
      published: null,
      accessed: null,
      language: null,
    });
    expect(bare).toEqual({ id: "s1", type: "article-newspaper", title: source.title });
  });
});

describe("toCslDate", () => {
  it.each([
    { iso: "1988", parts: [1988] },
    { iso: "2020-02", parts: [2020, 2] },
    { iso: "2024-02-29", parts: [2024, 2, 29] },
  ])("keeps the precision of $iso", ({ iso, parts }) => {
    expect(toCslDate(iso)).toEqual({ "date-parts": [parts] });
  });

  it.each([null, "", "2023-02-29", "Feb 2020"])("gives nothing for %j", (iso) => {
    expect(toCslDate(iso)).toBeUndefined();
  });
});

describe("archiveNameOf", () => {
  it.each([
    { url: "https://web.archive.org/web/2020/https://x.example/", name: "Internet Archive" },
    { url: "https://archive.ph/AbCdE", name: "archive.today" },
    { url: "https://perma.cc/ABCD-1234", name: "Perma.cc" },
    { url: "https://www.webarchive.org.uk/wayback/x", name: "webarchive.org.uk" },
    { url: "not an address", name: null },
    { url: null, name: null },
  ])("names the archive of $url", ({ url, name }) => {
    expect(archiveNameOf(url)).toBe(name);
  });
});
