import { describe, expect, it } from "vitest";
import { claimRecord } from "./claim-record-fixture";
import { VERDICT_RANK, VERDICT_VERSION, verdictColumns } from "./verdict-columns";

describe("verdictColumns", () => {
  it("ranks diverging questions first, then agreeing, single-origin, empty", () => {
    const ranks = (["diverge", "agree", "single", "none"] as const).map((s) => VERDICT_RANK[s]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(4);
  });

  it("stores a diverging verdict with its spread, counts and version", () => {
    const columns = verdictColumns("count", [
      claimRecord("a", "26", { origin: "prosecutor", source: "s1" }),
      claimRecord("b", "hundreds", { origin: "witnesses", source: "s2" }),
    ]);
    expect(columns).toMatchObject({
      verdictStatus: "diverge",
      verdictRank: VERDICT_RANK.diverge,
      claimCount: 2,
      sourceCount: 2,
      originCount: 2,
      verdictVersion: VERDICT_VERSION,
    });
    expect(columns.divergence).toBeGreaterThan(1);
    expect(columns.clusterCount).toBe(2);
  });

  it("never lets a draft into the verdict, though it is counted as a claim", () => {
    const columns = verdictColumns("count", [
      claimRecord("a", "26", { origin: "prosecutor" }),
      claimRecord("b", "hundreds", { origin: "witnesses", status: "draft" }),
    ]);
    expect(columns.verdictStatus).toBe("single");
    expect(columns.originCount).toBe(1);
    expect(columns.claimCount).toBe(2);
  });

  it("leaves an unreadable claim out of the comparison and says so", () => {
    const columns = verdictColumns("count", [
      claimRecord("a", "26", { origin: "prosecutor" }),
      { ...claimRecord("b", "hundreds", { origin: "witnesses" }), unreadable: true },
    ]);
    expect(columns.verdictStatus).toBe("single");
    expect(columns.verdictSummary).toContain("1 claim could not be read and is left out.");
    expect(columns.claimCount).toBe(2);
  });

  it("stores a divergence of 0 when there is nothing to spread", () => {
    const columns = verdictColumns("count", [claimRecord("a", "26")]);
    expect(columns.divergence).toBe(0);
    expect(Number.isFinite(columns.divergence)).toBe(true);
  });

  it("counts two sources relaying one origin as one origin", () => {
    const columns = verdictColumns("count", [
      claimRecord("a", "26", { origin: "prosecutor", source: "s1" }),
      claimRecord("b", "26", { origin: "prosecutor", source: "s2" }),
    ]);
    expect(columns).toMatchObject({ verdictStatus: "single", originCount: 1, sourceCount: 2 });
  });
});
