import { describe, expect, it } from "vitest";
import { buildComparison, inWholeTexts } from "./build-comparison";
import { claimRecord as c } from "./claim-record-fixture";
import type { QuestionHeader } from "./comparison-types";

const QUESTION: QuestionHeader = {
  id: "q",
  measure: "Armenians killed",
  kind: "count",
  unit: null,
  scope: "",
  subject: { id: "s", name: "Sumgait pogrom" },
};
const TEXT = "Officials said 26 people were killed; witnesses spoke of hundreds.";

function withPassage(record: ReturnType<typeof c>, exact: string) {
  const start = TEXT.indexOf(exact);
  return {
    ...record,
    passages: [
      {
        id: `p-${record.id}`,
        sourceId: record.source.id,
        start,
        end: start + exact.length,
        exact,
        prefix: "",
        suffix: "",
      },
    ],
  };
}

describe("buildComparison", () => {
  const records = [
    withPassage(c("draft", "hundreds", { source: "text", status: "draft" }), "hundreds"),
    withPassage(c("a", "26", { source: "text", origin: "prosecutor" }), "26 people"),
    c("b", "26", { source: "other", origin: "prosecutor" }),
    c("d", "more than 100", { source: "third" }),
  ];
  const comparison = buildComparison(QUESTION, records, inWholeTexts(new Map([["text", TEXT]])));
  const byId = new Map(comparison.claims.map((claim) => [claim.id, claim]));

  it("shows drafts without counting them: no cluster, last in order", () => {
    expect(byId.get("draft")).toMatchObject({ counted: false, clusters: [] });
    expect(comparison.claims.at(-1)?.id).toBe("draft");
    expect(comparison.verdict.clusters.flatMap((cl) => cl.claimIds)).not.toContain("draft");
  });

  it("links relays of one origin across sources", () => {
    expect(byId.get("a")?.relays).toEqual(["b"]);
    expect(byId.get("b")?.relays).toEqual(["a"]);
    expect(byId.get("d")?.relays).toEqual([]);
  });

  it("orders claims along the line by cluster and counts one origin once", () => {
    expect(comparison.claims.map((claim) => claim.id)).toEqual(["a", "b", "d", "draft"]);
    expect(comparison.verdict).toMatchObject({ status: "diverge", independentOrigins: 2 });
  });

  it("finds each passage in its source text and marks the stated words", () => {
    const passage = byId.get("a")?.passages[0];
    expect(passage).toMatchObject({ found: "position" });
    const context = passage?.context;
    expect(
      context && context.passage.slice(passage.statedRange!.start, passage.statedRange!.end),
    ).toBe("26");
    expect(byId.get("b")?.passages).toEqual([]);
  });
});
