import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Bound } from "@/lib/values/types";
import type { AgreementInput } from "./clusters";
import { areCompatible, intersectIntervals, isEmptyInterval, type Interval } from "./interval";
import { computeVerdict } from "./verdict";

// Few distinct values, so ties between ends (the hard cases) come up often.
const bound: fc.Arbitrary<Bound> = fc.option(
  fc.record({ value: fc.integer({ min: 0, max: 12 }), inclusive: fc.boolean() }),
  { nil: null, freq: 4 },
);
const anyInterval: fc.Arbitrary<Interval> = fc.record({ low: bound, high: bound });
const nonEmpty = anyInterval.filter((i) => !isEmptyInterval(i));
const claims = fc
  .array(fc.tuple(nonEmpty, fc.integer({ min: 0, max: 4 })), { maxLength: 14 })
  .map((list) =>
    list.map(([interval, origin], i): AgreementInput => ({
      id: `c${i}`,
      interval,
      originKey: `o${origin}`,
    })),
  );

describe("laws of compatibility", () => {
  it("is symmetric", () => {
    fc.assert(
      fc.property(anyInterval, anyInterval, (a, b) => areCompatible(a, b) === areCompatible(b, a)),
    );
  });

  it("holds between a value and itself", () => {
    fc.assert(fc.property(nonEmpty, (a) => areCompatible(a, a)));
  });

  it("gives a verdict that does not depend on claim order", () => {
    fc.assert(
      fc.property(claims, fc.infiniteStream(fc.nat()), (list, seeds) => {
        const shuffled = [...list];
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [
            shuffled[j] as AgreementInput,
            shuffled[i] as AgreementInput,
          ];
        }
        expect(computeVerdict(shuffled)).toEqual(computeVerdict(list));
      }),
    );
  });

  it("makes clusters whose members are pairwise compatible and share their common interval", () => {
    fc.assert(
      fc.property(claims, (list) => {
        const byId = new Map(list.map((c) => [c.id, c.interval]));
        for (const cluster of computeVerdict(list).clusters) {
          const members = cluster.claimIds.map((id) => byId.get(id) as Interval);
          for (const a of members) for (const b of members) expect(areCompatible(a, b)).toBe(true);
          const common = members.reduce(intersectIntervals);
          expect(common).toEqual(cluster.common);
          expect(isEmptyInterval(cluster.common)).toBe(false);
        }
      }),
    );
  });

  it("makes clusters maximal, and covers every compatible pair", () => {
    fc.assert(
      fc.property(claims, (list) => {
        const clusters = computeVerdict(list).clusters;
        for (const cluster of clusters) {
          const outside = list.filter((c) => !cluster.claimIds.includes(c.id));
          for (const c of outside) expect(areCompatible(c.interval, cluster.common)).toBe(false);
        }
        for (const a of list) {
          for (const b of list) {
            const together = clusters.some(
              (k) => k.claimIds.includes(a.id) && k.claimIds.includes(b.id),
            );
            expect(together).toBe(areCompatible(a.interval, b.interval));
          }
        }
      }),
    );
  });

  it("agrees exactly when every pair is compatible", () => {
    fc.assert(
      fc.property(
        claims.filter((l) => l.length > 0),
        (list) => {
          const allPairs = list.every((a) =>
            list.every((b) => areCompatible(a.interval, b.interval)),
          );
          expect(computeVerdict(list).status !== "diverge").toBe(allPairs);
        },
      ),
    );
  });

  it("never turns agree into diverge when a value is widened", () => {
    fc.assert(
      fc.property(
        claims.filter((l) => l.length > 0),
        fc.nat(),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        (list, pick, by, open) => {
          if (computeVerdict(list).status === "diverge") return;
          const i = pick % list.length;
          const widened = list.map((c, k) =>
            k === i ? { ...c, interval: widen(c.interval, by, open) } : c,
          );
          expect(computeVerdict(widened).status).not.toBe("diverge");
        },
      ),
    );
  });
});

function widen({ low, high }: Interval, by: number, open: boolean): Interval {
  return {
    low: open || !low ? null : { value: low.value - by, inclusive: by > 0 || low.inclusive },
    high: !high ? null : { value: high.value + by, inclusive: by > 0 || high.inclusive },
  };
}
