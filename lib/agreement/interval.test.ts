import { describe, expect, it } from "vitest";
import { interval } from "@/lib/values/test-notation";
import { parseDate } from "@/lib/values/parse-date";
import { parseQuantity } from "@/lib/values/parse-quantity";
import { areCompatible, intersectIntervals, isEmptyInterval } from "./interval";
import { toInterval } from "./to-interval";

const quantity = (text: string) => {
  const r = parseQuantity(text);
  if (!r.ok) throw new Error(r.reason);
  return toInterval(r.value);
};
const date = (text: string) => {
  const r = parseDate(text);
  if (!r.ok) throw new Error(r.reason);
  return toInterval(r.value);
};

describe("areCompatible", () => {
  it.each([
    ["[26, 26]", "(100, ∞)", false],
    ["[100, 100]", "(100, ∞)", false],
    ["[100, 100]", "[100, ∞)", true],
    ["[0, 100)", "(100, ∞)", false],
    ["[0, 100]", "[100, 200]", true],
    ["[0, 100)", "[100, 200]", false],
    ["(99, 100)", "(99.5, ∞)", true],
    ["(-∞, 5]", "[5, ∞)", true],
    ["(-∞, ∞)", "[3, 3]", true],
  ])("%s with %s → %s", (a, b, expected) => {
    expect(areCompatible(interval(a), interval(b))).toBe(expected);
    expect(areCompatible(interval(b), interval(a))).toBe(expected);
  });

  it("compares parsed quantities", () => {
    expect(areCompatible(quantity("26"), quantity("more than 100"))).toBe(false);
    expect(areCompatible(quantity("more than a hundred"), quantity("hundreds"))).toBe(true);
    expect(areCompatible(quantity("about 90"), quantity("between 150 and 300"))).toBe(false);
    expect(areCompatible(quantity("between 150 and 300"), quantity("hundreds"))).toBe(true);
    expect(areCompatible(quantity("26"), quantity("about 26"))).toBe(true);
  });

  it("honours date precision", () => {
    expect(areCompatible(date("1988"), date("November 1988"))).toBe(true);
    expect(areCompatible(date("1988"), date("February 27-29, 1988"))).toBe(true);
    expect(areCompatible(date("February 27-29, 1988"), date("March 1, 1988"))).toBe(false);
    expect(areCompatible(date("February 29, 1988"), date("February 27-29, 1988"))).toBe(true);
    expect(areCompatible(date("by the summer of 1988"), date("February 27-29, 1988"))).toBe(true);
    expect(areCompatible(date("by the summer of 1988"), date("November 1988"))).toBe(false);
    expect(
      areCompatible(date("from 13 to 20 January 1990"), date("on the night of 20 January 1990")),
    ).toBe(true);
    expect(areCompatible(date("April-August 1991"), date("31 August 1991"))).toBe(true);
  });
});

describe("intervals", () => {
  it("knows an empty interval", () => {
    expect(isEmptyInterval(interval("[5, 3]"))).toBe(true);
    expect(
      isEmptyInterval({ low: { value: 3, inclusive: false }, high: { value: 3, inclusive: true } }),
    ).toBe(true);
    expect(isEmptyInterval(interval("[3, 3]"))).toBe(false);
  });

  it("intersects, keeping the tighter end", () => {
    expect(intersectIntervals(interval("[0, 100]"), interval("(100, ∞)"))).toEqual(
      interval("(100, 100]"),
    );
    expect(intersectIntervals(interval("[200, 999]"), interval("(100, ∞)"))).toEqual(
      interval("[200, 999]"),
    );
  });

  it("maps dates to day numbers, both ends included", () => {
    expect(date("1970")).toEqual({
      low: { value: 0, inclusive: true },
      high: { value: 364, inclusive: true },
    });
    expect(date("since 1988").high).toBeNull();
  });
});
