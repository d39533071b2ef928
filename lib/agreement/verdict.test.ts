import { describe, expect, it } from "vitest";
import { interval } from "@/lib/values/test-notation";
import { parseDate } from "@/lib/values/parse-date";
import { parseQuantity } from "@/lib/values/parse-quantity";
import type { AgreementInput } from "./clusters";
import { describeInterval, describeSpread } from "./describe-verdict";
import { toInterval } from "./to-interval";
import { computeVerdict } from "./verdict";

function claim(id: string, wording: string, originKey = id): AgreementInput {
  const r = parseQuantity(wording);
  if (!r.ok) throw new Error(r.reason);
  return { id, interval: toInterval(r.value), originKey };
}

function dateClaim(id: string, wording: string, originKey = id): AgreementInput {
  const r = parseDate(wording);
  if (!r.ok) throw new Error(r.reason);
  return { id, interval: toInterval(r.value), originKey };
}

describe("computeVerdict", () => {
  it("has nothing to say without claims", () => {
    expect(computeVerdict([])).toEqual({
      status: "none",
      clusters: [],
      consensus: null,
      spread: null,
      independentOrigins: 0,
    });
  });

  it("finds 26 and “more than 100” more than 3.8 times apart", () => {
    const verdict = computeVerdict([claim("soviet", "26"), claim("film", "more than 100")]);
    expect(verdict.status).toBe("diverge");
    expect(verdict.spread).toMatchObject({ low: 26, high: 100, atLeast: true, difference: 74 });
    expect(verdict.spread?.factor).toBeCloseTo(100 / 26);
    expect(describeSpread(verdict.spread!)).toBe("more than 3.8 times apart");
    expect(verdict.clusters.map((c) => c.claimIds)).toEqual([["soviet"], ["film"]]);
    expect(verdict.consensus).toBeNull();
  });

  it("tells near neighbours by their gap, not by a ratio of about 1", () => {
    const verdict = computeVerdict([
      claim("estimate", "hundreds"),
      claim("count", "more than 1000"),
    ]);
    expect(verdict.status).toBe("diverge");
    expect(describeSpread(verdict.spread!)).toBe(
      "close, but no figure fits both (999 against more than 1,000)",
    );
  });

  it("calls one origin relayed twice “single”, not agreement", () => {
    const verdict = computeVerdict([
      claim("arminfo", "26", "ussr-prosecutor"),
      claim("polatov", "26", "ussr-prosecutor"),
    ]);
    expect(verdict).toMatchObject({
      status: "single",
      independentOrigins: 1,
      consensus: null,
      spread: null,
    });
    expect(verdict.clusters).toEqual([
      { claimIds: ["arminfo", "polatov"], common: interval("[26, 26]"), origins: 1 },
    ]);
  });

  it("calls a lone claim “single”", () => {
    expect(computeVerdict([claim("a", "hundreds")]).status).toBe("single");
  });

  it("calls relays of one origin that disagree “diverge”: one of them misquotes it", () => {
    const verdict = computeVerdict([claim("a", "26", "soviet"), claim("b", "32", "soviet")]);
    expect(verdict).toMatchObject({ status: "diverge", independentOrigins: 1 });
  });

  it("agrees when independent origins share a point, with the consensus interval", () => {
    const verdict = computeVerdict([
      claim("a", "more than a hundred"),
      claim("b", "hundreds"),
      claim("c", "between 150 and 300"),
    ]);
    expect(verdict).toMatchObject({ status: "agree", independentOrigins: 3, spread: null });
    expect(verdict.consensus).toEqual(interval("[200, 300]"));
  });

  it("counts origins per cluster, relays once", () => {
    const verdict = computeVerdict([
      claim("arminfo", "26", "ussr"),
      claim("polatov", "26", "ussr"),
      claim("film", "more than 100", "konchalovsky"),
      claim("unofficial", "hundreds", "unofficial-estimates"),
    ]);
    expect(verdict.independentOrigins).toBe(3);
    expect(verdict.clusters.map((c) => [c.claimIds, c.origins])).toEqual([
      [["arminfo", "polatov"], 1],
      [["film", "unofficial"], 2],
    ]);
    expect(verdict.spread).toMatchObject({ low: 26, high: 200, atLeast: false });
  });

  it("finds overlapping clusters: a claim may belong to several", () => {
    const verdict = computeVerdict([
      { id: "a", interval: interval("[0, 10]"), originKey: "a" },
      { id: "b", interval: interval("[5, 20]"), originKey: "b" },
      { id: "c", interval: interval("[15, 30]"), originKey: "c" },
    ]);
    expect(verdict.clusters).toEqual([
      { claimIds: ["a", "b"], common: interval("[5, 10]"), origins: 2 },
      { claimIds: ["b", "c"], common: interval("[15, 20]"), origins: 2 },
    ]);
    expect(verdict.spread).toMatchObject({ low: 10, high: 15, factor: 1.5 });
  });

  it("treats touching closed ends as meeting and exclusive ones as not", () => {
    const touching = [
      { id: "a", interval: interval("[0, 100]"), originKey: "a" },
      { id: "b", interval: interval("[100, 200]"), originKey: "b" },
    ];
    expect(computeVerdict(touching).status).toBe("agree");
    const apart = [touching[0]!, { id: "b", interval: interval("(100, 200]"), originKey: "b" }];
    expect(computeVerdict(apart).status).toBe("diverge");
  });

  it("puts a claim whose interval is empty in a cluster of its own", () => {
    const verdict = computeVerdict([
      { id: "a", interval: interval("[0, 10]"), originKey: "a" },
      { id: "broken", interval: interval("[9, 3]"), originKey: "b" },
    ]);
    expect(verdict.status).toBe("diverge");
    expect(verdict.clusters.map((c) => c.claimIds)).toEqual([["a"], ["broken"]]);
  });

  it("compares dates by their days, with no factor", () => {
    const verdict = computeVerdict(
      [dateClaim("a", "February 27-29, 1988"), dateClaim("b", "In November 1988")],
      { measure: "date" },
    );
    expect(verdict.spread).toMatchObject({ factor: null, atLeast: false, difference: 246 });
    expect(describeSpread(verdict.spread!, "date")).toBe("at least 246 days apart");
    expect(
      computeVerdict([dateClaim("a", "1988"), dateClaim("b", "November 1988")], { measure: "date" })
        .status,
    ).toBe("agree");
  });

  it("has no factor when the lower claim is zero", () => {
    const verdict = computeVerdict([claim("a", "0"), claim("b", "more than 5")]);
    expect(verdict.spread).toMatchObject({ factor: null, low: 0, high: 5 });
    expect(describeSpread(verdict.spread!)).toBe("more than 5 apart");
  });
});

describe("describeSpread", () => {
  it("gives the exact factor only between two single figures", () => {
    const exact = computeVerdict([claim("a", "26"), claim("b", "200")]);
    expect(exact.spread).toMatchObject({ exact: true, atLeast: false });
    expect(describeSpread(exact.spread!)).toBe("7.7 times apart");
  });

  it("says “at least” when a vague word, a range or a closed bound sets only a minimum", () => {
    const vague = computeVerdict([claim("a", "26"), claim("b", "hundreds")]);
    expect(vague.spread).toMatchObject({ exact: false, atLeast: false });
    expect(describeSpread(vague.spread!)).toBe("at least 7.6 times apart");
    const bound = computeVerdict([claim("a", "26"), claim("b", "at least 100")]);
    expect(describeSpread(bound.spread!)).toBe("at least 3.8 times apart");
    const range = computeVerdict([claim("a", "between 10 and 20"), claim("b", "100")]);
    expect(describeSpread(range.spread!)).toBe("at least 5 times apart");
  });
  it("describes intervals in words", () => {
    expect(describeInterval(interval("(100, ∞)"))).toBe("more than 100");
    expect(describeInterval(interval("[0, 50)"))).toBe("fewer than 50");
    expect(describeInterval(interval("(100, 300]"))).toBe("more than 100 and at most 300");
    expect(describeInterval(interval("(-∞, ∞)"))).toBe("any value");
  });
});
