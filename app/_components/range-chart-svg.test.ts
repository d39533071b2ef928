import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildComparison, inWholeTexts } from "@/lib/questions/build-comparison";
import { claimRecord as c } from "@/lib/questions/claim-record-fixture";
import { inlineRangeChartSvg, rangeChartSvg } from "./range-chart-svg";

const comparison = buildComparison(
  {
    id: "q",
    measure: "Armenians killed",
    kind: "count",
    unit: null,
    scope: "",
    subject: { id: "s", name: "Sumgait <pogrom> & “riots”" },
  },
  [
    c("a", "26", { origin: "prosecutor", title: 'A "title" </svg><script>x</script>' }),
    c("b", "hundreds", { origin: "witnesses" }),
    c("d", "more than 100", { status: "draft" }),
  ],
  inWholeTexts(new Map()),
);

describe("rangeChartSvg", () => {
  const svg = rangeChartSvg(comparison, { origin: "https://cc.example" });

  it("is a well-formed SVG document with one linked row per claim", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
      svg,
    ).svg;
    expect(root["@xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(root["@width"]).toBe("640");
    const rows = [root.a].flat();
    expect(rows.map((row: Record<string, string>) => row["@href"])).toEqual(
      comparison.claims.map((claim) => `https://cc.example/claims/${claim.id}`),
    );
  });

  it("escapes every text, so none can close the document or add a script", () => {
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;/svg&gt;&lt;script&gt;");
    expect(svg).toContain("Sumgait &lt;pogrom&gt; &amp; “riots”");
  });
});

describe("inlineRangeChartSvg", () => {
  const svg = inlineRangeChartSvg(comparison);
  const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(svg).svg;

  it("is a group named by a title that reads out every row, each row a link to its card", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(root["@role"]).toBe("group");
    expect(root["@width"]).toBe("100%");
    expect(root.title["@id"]).toBe(root["@aria-labelledby"]);
    expect(root.title["#text"]).toMatch(/^Range chart of 3 claims on a logarithmic scale\. /);
    expect(root.title["#text"]).toContain("draft, not counted");
    const rows = [root.a].flat() as Record<string, string>[];
    expect(rows.map((row) => row["@href"])).toEqual(
      comparison.claims.map((claim) => `#claim-${claim.id}`),
    );
    // Mouse only: keyboard users reach the cards themselves.
    expect(rows.every((row) => row["@tabindex"] === "-1")).toBe(true);
  });

  it("escapes every text, the title that reads the rows out included", () => {
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;/svg&gt;&lt;script&gt;");
  });
});
