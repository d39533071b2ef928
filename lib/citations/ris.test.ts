import * as astrocite from "astrocite-ris";
import { describe, expect, it } from "vitest";
import { collect } from "@/lib/exports/stream-chunks";
import type { CitedClaim } from "./citation-types";
import { formatRis, writeRis } from "./ris";
import { seededClaims } from "./testing/seeded-claims";

const claims = seededClaims();
const polatov = claims.find((claim) => claim.source.authors.length > 0)!;
const long: CitedClaim = {
  ...polatov,
  id: "long",
  source: {
    ...polatov.source,
    // Longer than 70 characters, where @citation-js/plugin-ris would break the line.
    title: `${"A very long title that goes on ".repeat(4)}and on`,
    publisher: "ArmInfo",
    url: "https://news.example/a?b=1&c=2",
    archiveUrl: "https://archive.ph/AbCd",
  },
  passage: { ...polatov.passage, exact: "a quote\nover two lines", page: 7 },
};

// astrocite-ris is a PEG parser of RIS written independently of this code: it rejects a line
// that is not "TAG  - value" and reads records into CSL-JSON.
describe("RIS, read back by an independent parser (astrocite-ris)", () => {
  const file = formatRis([...claims, long]);

  it("parses, one record per claim", () => {
    const ast = astrocite.AST.parse(file);
    expect(ast.children).toHaveLength(claims.length + 1);
    expect(astrocite.parse(file)).toHaveLength(claims.length + 1);
  });

  it("ends lines in CRLF and keeps every value on one tag line", () => {
    const lines = file.split("\r\n");
    expect(file.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of lines.filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it("keeps type, authors, title, newspaper, dates, address, archive and the quote", () => {
    const ast = astrocite.AST.parse(formatRis([long]));
    const tags = ast.children[0]!.properties.map((p) => [p.key, p.value]);
    expect(ast.children[0]!.type).toBe("NEWS");
    expect(tags).toEqual([
      ["ID", `Polatov2024_long`],
      ["AU", "Polatov (Polatidis), Eduard"],
      ["TI", long.source.title],
      ["T2", "ArmInfo"],
      ["PY", "2024"],
      ["DA", "2024/02/29/"],
      ["Y2", "2025/03/01/"],
      ["UR", "https://news.example/a?b=1&c=2"],
      ["DB", "archive.today"],
      ["AN", "https://archive.ph/AbCd"],
      ["LA", "en"],
      ["N1", `“a quote over two lines” (p. 7, para. ${polatov.passage.paragraph})`],
    ]);
    const [csl] = astrocite.parse(formatRis([long]));
    expect(csl).toMatchObject({
      type: "article-newspaper",
      title: long.source.title,
      author: [{ family: "Polatov (Polatidis)", given: "Eduard" }],
      URL: "https://news.example/a?b=1&c=2",
    });
  });

  it("gives a month-precise date with its day left empty", () => {
    const tags = astrocite.AST.parse(formatRis(claims.slice(0, 1))).children[0]!.properties;
    expect(tags.find((p) => p.key === "DA")?.value).toBe("2020/02//");
    expect(tags.find((p) => p.key === "N1")?.value).toMatch(
      /^“According to official data.*” \(para\. 1\)$/,
    );
  });

  it("streams the same file", async () => {
    async function* rows() {
      yield* claims;
    }
    expect(await collect(writeRis(rows()))).toBe(formatRis(claims));
  });
});
