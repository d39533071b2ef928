import { describe, expect, it } from "vitest";
import { RULES_VERSION } from "@/lib/values/rules-version";
import type { DateValue, QuantityValue } from "@/lib/values/types";
import { rederiveValue } from "./rederive-value";
import { readClaim } from "./read-claim";

const stored26: QuantityValue = {
  type: "quantity",
  low: { value: 26, inclusive: true },
  high: { value: 26, inclusive: true },
  best: 26,
  kind: "exact",
  wording: "26",
  counted: null,
  rule: "exact",
};

describe("rederiveValue", () => {
  it("finds nothing to change in a value the current rules read the same", () => {
    const result = rederiveValue({
      kind: "count",
      quote: "26 people were killed",
      stated: "26",
      reference: null,
      value: stored26,
    });
    expect(result).toMatchObject({
      changed: false,
      failure: null,
      versions: { before: 1, after: RULES_VERSION },
    });
    expect(result.after?.rulesVersion).toBe(RULES_VERSION);
  });

  it("tells a value the current rules read differently", () => {
    // Stored before weekdays were read: the editor had typed the day.
    const before: DateValue = {
      type: "date",
      first: "1988-02-28",
      last: "1988-02-28",
      precision: "day",
      wording: "Monday",
      rule: "editor.override",
    };
    const result = rederiveValue({
      kind: "date",
      quote: "before Soviet troops imposed a curfew Monday.",
      stated: "Monday",
      reference: { year: 1988, month: 3, day: 5 },
      value: before,
    });
    expect(result.changed).toBe(true);
    expect(result.after).toMatchObject({ first: "1988-02-29", rule: "relative.weekday" });
  });

  it("keeps the editor's override applied", () => {
    // A best figure must lie within the bounds, so the editor's numbers give all three.
    const exact = { value: 30, inclusive: true };
    const override = { low: exact, high: exact, best: 30 };
    const now = readClaim({
      kind: "count",
      quote: "26 died",
      stated: "26",
      override,
      reference: null,
    });
    if (!now.ok) throw new Error("fixture");
    const result = rederiveValue({
      kind: "count",
      quote: "26 died",
      stated: "26",
      override,
      reference: null,
      value: now.value.value,
    });
    expect(result).toMatchObject({ changed: false, after: { best: 30, overridden: true } });
    expect(result.parsed).toMatchObject({ best: 26 });
  });

  it("reports a claim the current rules refuse", () => {
    const result = rederiveValue({
      kind: "count",
      quote: "Injured: unknown",
      stated: "unknown",
      reference: null,
      value: stored26,
    });
    expect(result).toMatchObject({
      changed: true,
      after: null,
      failure: { code: "no_value_stated" },
    });
  });
});
