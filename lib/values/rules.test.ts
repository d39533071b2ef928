import { describe, expect, it } from "vitest";
import { parseDate } from "./parse-date";
import { parseQuantity } from "./parse-quantity";
import type { RuleTable } from "./rule-types";
import { defaultRules } from "./rules";

describe("the rules table", () => {
  it("gives every rule a description and examples", () => {
    for (const [id, rule] of Object.entries(defaultRules)) {
      expect(rule.description, id).not.toBe("");
      expect(rule.examples.length, id).toBeGreaterThan(0);
      expect(id).toMatch(/^[a-z]+(\.[a-z-]+)?$/);
    }
  });

  it("lets a newsroom count “hundreds” as 100, as ACLED does", () => {
    const acled: RuleTable = {
      ...defaultRules,
      "vague.hundreds": { ...defaultRules["vague.hundreds"], low: 100, high: 100, best: 100 },
    };
    expect(parseQuantity("hundreds of Armenians", { rules: acled })).toMatchObject({
      ok: true,
      value: { low: { value: 100 }, high: { value: 100 }, best: 100, rule: "vague.hundreds" },
    });
    expect(parseQuantity("hundreds of Armenians")).toMatchObject({
      ok: true,
      value: { low: { value: 200 }, high: { value: 999 }, best: null },
    });
  });

  it("changes every wording a rule covers, and only those", () => {
    const wider: RuleTable = {
      ...defaultRules,
      "approx.about": { ...defaultRules["approx.about"], below: 0.2, above: 0.2 },
    };
    expect(parseQuantity("about 90", { rules: wider })).toMatchObject({
      ok: true,
      value: { low: { value: 72 }, high: { value: 108 } },
    });
    expect(parseQuantity("nearly 90", { rules: wider })).toMatchObject({
      ok: true,
      value: { low: { value: 81 }, high: { value: 90 } },
    });
  });

  it("lets a newsroom add trigger words", () => {
    const withCirca: RuleTable = {
      ...defaultRules,
      "bound.more-than": {
        ...defaultRules["bound.more-than"],
        phrases: [...defaultRules["bound.more-than"].phrases, "north of"],
      },
    };
    expect(parseQuantity("north of 500", { rules: withCirca })).toMatchObject({
      ok: true,
      value: { kind: "lower-bound", low: { value: 500 } },
    });
    expect(parseQuantity("north of 500")).toMatchObject({ ok: true, value: { kind: "exact" } });
  });

  it("switches a wording off when its rule is removed", () => {
    const { "vague.dozens": _removed, ...withoutDozens } = defaultRules;
    expect(parseQuantity("dozens of episodes", { rules: withoutDozens })).toMatchObject({
      ok: false,
      code: "not-recognised",
    });
  });

  it("drives date conventions too", () => {
    const southern: RuleTable = {
      ...defaultRules,
      "season.summer": { ...defaultRules["season.summer"], months: [12, 2] },
    };
    expect(parseDate("the summer of 1990", { rules: southern })).toMatchObject({
      ok: true,
      value: { first: "1989-12-01", last: "1990-02-28", rule: "season.summer" },
    });
    const anniversaryToMonth: RuleTable = {
      ...defaultRules,
      "relative.anniversary": { ...defaultRules["relative.anniversary"], precision: "month" },
    };
    expect(
      parseDate("the 32nd anniversary", {
        reference: { year: 2020, month: 2 },
        rules: anniversaryToMonth,
      }),
    ).toMatchObject({
      ok: true,
      value: { first: "1988-02-01", last: "1988-02-29", precision: "month" },
    });
  });
});
