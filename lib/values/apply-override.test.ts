import { describe, expect, it } from "vitest";
import { applyOverride } from "./apply-override";
import { parseDate } from "./parse-date";
import { parseQuantity } from "./parse-quantity";

const hundreds = (() => {
  const r = parseQuantity("hundreds of Armenians");
  if (!r.ok) throw new Error(r.reason);
  return r.value;
})();
const year1988 = (() => {
  const r = parseDate("in 1988");
  if (!r.ok) throw new Error(r.reason);
  return r.value;
})();

describe("applyOverride", () => {
  it("replaces only the numbers given, keeping wording and rule", () => {
    const edited = applyOverride(hundreds, { low: { value: 100, inclusive: true } });
    expect(edited).toMatchObject({
      low: { value: 100 },
      high: { value: 999 },
      wording: "hundreds",
      rule: "vague.hundreds",
      kind: "vague",
      overridden: true,
    });
    expect(hundreds.low).toEqual({ value: 200, inclusive: true });
  });

  it("drops a parsed figure that the edited bounds exclude, unless the editor sets one", () => {
    const r = parseQuantity("276 servicemen");
    if (!r.ok) throw new Error(r.reason);
    const bounds = { low: { value: 50, inclusive: true }, high: { value: 120, inclusive: true } };
    expect(applyOverride(r.value, bounds).best).toBeNull();
    expect(applyOverride(r.value, { ...bounds, best: 100 }).best).toBe(100);
    expect(applyOverride(r.value, { low: { value: 200, inclusive: true } }).best).toBe(276);
  });

  it("follows the edited numbers with the kind", () => {
    const exact = { value: 300, inclusive: true };
    expect(applyOverride(hundreds, { low: exact, high: exact, best: 300 })).toMatchObject({
      kind: "exact",
      best: 300,
    });
    expect(applyOverride(hundreds, { high: null })).toMatchObject({
      kind: "lower-bound",
      high: null,
    });
  });

  it("puts reversed ends back in order", () => {
    const edited = applyOverride(hundreds, {
      low: { value: 900, inclusive: true },
      high: { value: 300, inclusive: false },
    });
    expect(edited).toMatchObject({
      low: { value: 300, inclusive: false },
      high: { value: 900, inclusive: true },
    });
  });

  it("returns the value itself when there is nothing to override", () => {
    expect(applyOverride(hundreds, null)).toBe(hundreds);
    expect(applyOverride(hundreds, {})).toBe(hundreds);
  });

  it("edits dates and works out their precision", () => {
    expect(applyOverride(year1988, { first: "1988-02-27", last: "1988-02-29" })).toMatchObject({
      first: "1988-02-27",
      last: "1988-02-29",
      precision: "day",
      overridden: true,
    });
    expect(applyOverride(year1988, { first: "1988-11-01", last: "1988-11-30" })).toMatchObject({
      precision: "month",
    });
    expect(applyOverride(year1988, { first: null })).toMatchObject({
      first: null,
      last: "1988-12-31",
    });
    expect(applyOverride(year1988, { first: "1989-01-01", last: "1988-06-01" })).toMatchObject({
      first: "1988-06-01",
      last: "1989-01-01",
    });
  });

  it("ignores a date that is not a real day", () => {
    expect(applyOverride(year1988, { first: "1988-02-30" })).toBe(year1988);
  });
});
