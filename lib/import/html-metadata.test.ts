import { describe, expect, it } from "vitest";
import { metadataOf, readPageFacts, type ReadabilityHints } from "./html-metadata";
import { parseHtmlDocument } from "./parse-html";

const metadata = (head: string, hints: ReadabilityHints = {}, url?: string) =>
  metadataOf(
    readPageFacts(parseHtmlDocument(`<html><head>${head}</head><body></body></html>`)),
    hints,
    url,
  );

describe("metadataOf", () => {
  it("prefers citation_* tags, as scholarly pages state them on purpose", () => {
    const head = `
      <meta name="citation_title" content="Counting the dead">
      <meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John">
      <meta name="citation_publication_date" content="2019/3/7">
      <meta name="citation_journal_title" content="Journal of Numbers">
      <meta property="og:title" content="Counting the dead | Journal">`;
    expect(metadata(head)).toEqual({
      title: "Counting the dead",
      authors: ["Doe, Jane", "Roe, John"],
      published: "2019-03-07",
      publisher: "Journal of Numbers",
    });
  });

  it("reads JSON-LD in an @graph, following @id references", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Organization", "@id": "#org", name: "The Daily" },
        { "@type": "Person", "@id": "#p1", name: "Ann Author" },
        {
          "@type": ["NewsArticle"],
          headline: "A headline",
          author: [{ "@id": "#p1" }, { "@type": "Person", name: "Bo Writer" }],
          publisher: { "@id": "#org" },
          datePublished: "2020-02-29T23:30:00-05:00",
          inLanguage: "en-GB",
          mainEntityOfPage: { "@id": "https://daily.example/a" },
        },
      ],
    };
    expect(
      metadata(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`),
    ).toEqual({
      title: "A headline",
      authors: ["Ann Author", "Bo Writer"],
      publisher: "The Daily",
      published: "2020-02-29",
      language: "en-GB",
      url: "https://daily.example/a",
      kind: "news_article",
    });
  });

  it("falls back on OpenGraph, Dublin Core and meta tags, then on readability", () => {
    const head = `
      <title>Site name | The title</title>
      <meta property="og:title twitter:title" content="The title">
      <meta name="author" content="By Jane Doe">
      <meta property="article:author" content="https://social.example/jane">
      <meta name="DC.publisher" content="The Publisher">
      <meta property="article:published_time" content="2021-06">
      <meta property="og:locale" content="en_au">
      <link rel="canonical" href="/story/1">`;
    expect(metadata(head, { siteName: "ignored" }, "https://news.example/x?utm=1")).toEqual({
      title: "The title",
      authors: ["Jane Doe"],
      publisher: "The Publisher",
      published: "2021-06",
      language: "en-AU",
      url: "https://news.example/story/1",
    });
  });

  it("uses readability's findings only where the page says nothing", () => {
    const hints = {
      title: "Readability's title",
      byline: "By Jane Doe and John Roe",
      siteName: "Site",
      publishedTime: "2018-12-21T12:55:00Z",
      lang: "pt-br",
    };
    expect(metadata("<title>Raw title - Site</title>", hints, "https://site.example/a")).toEqual({
      title: "Readability's title",
      authors: ["Jane Doe", "John Roe"],
      publisher: "Site",
      published: "2018-12-21",
      language: "pt-BR",
      url: "https://site.example/a",
    });
    expect(metadata("<title>Raw title - Site</title>")).toEqual({ title: "Raw title - Site" });
  });

  it("skips values that are not what the form takes", () => {
    const head = `
      <meta property="article:published_time" content="yesterday">
      <meta name="date" content="2020-13-45">
      <meta http-equiv="content-language" content="not a language">
      <link rel="canonical" href="javascript:alert(1)">
      <script type="application/ld+json">{ not json</script>`;
    expect(metadata(head)).toEqual({});
  });
});
