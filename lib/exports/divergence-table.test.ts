import MarkdownIt from "markdown-it";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import type { CitedClaim } from "@/lib/citations/citation-types";
import { seededClaims } from "@/lib/citations/testing/seeded-claims";
import {
  divergenceHtml,
  divergenceMarkdown,
  groupByQuestion,
  writeDivergenceTables,
  type DivergenceTable,
} from "./divergence-table";
import { collect } from "./stream-chunks";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const claims = seededClaims();
const sumgait = claims.filter((c) => c.question.id === claims[0]!.question.id);
const table: DivergenceTable = {
  question: sumgait[0]!.question,
  verdict: sumgait[0]!.verdict,
  claims: sumgait,
};

// Text that would become markup if it were not escaped, in every cell.
const hostile: CitedClaim = {
  ...sumgait[0]!,
  origin: "<script>alert(1)</script> | *bold* _it_ `code` [x](http://evil.example) &amp; ~~s~~",
  passage: { ...sumgait[0]!.passage, exact: "a | b\nc <img src=x onerror=alert(2)> \\ *d*" },
  permalink: "javascript:alert(3)",
};
const hostileTable = { ...table, claims: [hostile] };

// The HTML is read by parse5 (an HTML5-conformant parser), Markdown first by markdown-it.
const markdown = new MarkdownIt();
const elements = (node: Node, name: string): Element[] => {
  const found: Element[] = [];
  const walk = (n: Node) => {
    if ("tagName" in n && n.tagName === name) found.push(n);
    if ("childNodes" in n) n.childNodes.forEach(walk);
  };
  walk(node);
  return found;
};
const textOf = (node: Node): string =>
  "value" in node && node.nodeName === "#text"
    ? node.value
    : "childNodes" in node
      ? node.childNodes.map(textOf).join("")
      : "";
const rowsOf = (html: string) =>
  elements(parseFragment(html), "tr").map((tr) => elements(tr, "td").map(textOf));

describe.each([
  { format: "Markdown", html: (t: DivergenceTable) => markdown.render(divergenceMarkdown(t)) },
  { format: "HTML", html: (t: DivergenceTable) => divergenceHtml(t) },
])("divergence table in $format", ({ html }) => {
  it("puts the question and the verdict sentence above one row per claim", () => {
    const fragment = parseFragment(html(table));
    expect(textOf(elements(fragment, "h2")[0]!)).toBe(
      "Sumgait pogrom — Armenians killed (whole event)",
    );
    expect(textOf(elements(fragment, "p")[0]!)).toBe(table.verdict.summary);
    const rows = rowsOf(html(table)).filter((row) => row.length);
    expect(rows).toHaveLength(sumgait.length);
    expect(rows[0]!.slice(0, 3)).toEqual([
      "26",
      "USSR Prosecutor General's Office",
      `ArmInfo, “${sumgait[0]!.source.title}”, February 2020`,
    ]);
    expect(rows[0]![3]).toContain("26 citizens of Armenian nationality were killed in the riots");
    const links = elements(fragment, "a").map((a) => a.attrs.find((x) => x.name === "href")?.value);
    expect(links).toEqual(sumgait.map((c) => c.permalink));
  });

  it("shows hostile text as text: no element, link or cell comes from the data", () => {
    const fragment = parseFragment(html(hostileTable));
    expect(elements(fragment, "script")).toEqual([]);
    expect(elements(fragment, "img")).toEqual([]);
    for (const tag of ["strong", "em", "code", "s", "del"])
      expect(elements(fragment, tag)).toEqual([]);
    expect(elements(fragment, "a")).toEqual([]); // javascript: is never linked
    const [row] = rowsOf(html(hostileTable)).filter((r) => r.length);
    expect(row).toHaveLength(5);
    expect(row![1]).toBe(hostile.origin);
    expect(row![3]).toContain("a | b c <img src=x onerror=alert(2)> \\ *d*");
  });
});

describe("tables for many questions", () => {
  it("groups claims ordered by question into one table each, as they stream", async () => {
    async function* rows() {
      yield* claims;
    }
    const tables = [];
    for await (const t of groupByQuestion(rows())) tables.push(t);
    expect(tables.map((t) => t.claims.length).reduce((a, b) => a + b)).toBe(claims.length);
    expect(tables[0]!.claims).toEqual(sumgait.slice(0, tables[0]!.claims.length));
    const written = await collect(writeDivergenceTables(claims, "markdown"));
    expect(written.match(/^## /gm)).toHaveLength(tables.length);
  });
});
