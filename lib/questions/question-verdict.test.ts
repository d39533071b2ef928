import { describe, expect, it } from "vitest";
import { claimRecord } from "./claim-record-fixture";
import { originKeyOf, questionVerdict } from "./question-verdict";

describe("questionVerdict", () => {
  it("never counts a draft (decision 002)", () => {
    const claims = [
      claimRecord("a", "26", { origin: "prosecutor" }),
      claimRecord("b", "hundreds", { origin: "witnesses", status: "draft" }),
    ];
    const verdict = questionVerdict("count", claims);
    expect(verdict.status).toBe("single");
    expect(verdict.clusters.flatMap((c) => c.claimIds)).toEqual(["a"]);
    expect(verdict.independentOrigins).toBe(1);
  });

  it("has no verdict when every claim is a draft", () => {
    const verdict = questionVerdict("count", [claimRecord("a", "26", { status: "draft" })]);
    expect(verdict).toMatchObject({ status: "none", summary: "No published claims yet." });
  });

  it("counts two sources relaying one origin as one independent origin", () => {
    const claims = [
      claimRecord("a", "26", { origin: "prosecutor", source: "arminfo" }),
      claimRecord("b", "26", { origin: "prosecutor", source: "polatov" }),
    ];
    const verdict = questionVerdict("count", claims);
    expect(verdict.status).toBe("single");
    expect(verdict.independentOrigins).toBe(1);
    expect(verdict.clusters[0]).toMatchObject({ origins: 1, sources: 2 });
  });

  it("counts a source speaking for itself as its own origin", () => {
    const claims = [
      claimRecord("a", "26", { source: "arminfo" }),
      claimRecord("b", "26", { source: "polatov" }),
    ];
    expect(questionVerdict("count", claims)).toMatchObject({
      status: "agree",
      independentOrigins: 2,
    });
    expect(originKeyOf(claims[0]!)).toBe("source:arminfo");
  });

  it("measures dates in days", () => {
    const verdict = questionVerdict("date", [
      claimRecord("a", "February 27-29, 1988"),
      claimRecord("b", "November 1988"),
    ]);
    expect(verdict.spread?.text).toBe("at least 246 days apart");
  });
});
