import { describe, expect, it } from "vitest";
import {
  compareCase,
  describeExpected,
  tally,
  ValueCaseSchema,
  type ValueCase,
} from "./value-case";
import type { ClaimReadResult } from "@/lib/claims/read-claim";
import type { ClaimResult } from "@/lib/claims/claim-failure";

const base = {
  id: "es-001",
  group: "languages",
  language: "es",
  published: null,
  source: "https://example.org/page",
  quote: "más de 100 muertos",
  question: { kind: "count" },
  stated: "más de 100",
};

function read(
  low: number | null,
  high: number | null,
  lowInclusive = true,
): ClaimResult<ClaimReadResult> {
  const value = {
    type: "quantity" as const,
    low: low === null ? null : { value: low, inclusive: lowInclusive },
    high: high === null ? null : { value: high, inclusive: true },
    best: null,
    kind: "lower-bound" as const,
    wording: "más de 100",
    counted: null,
    rule: "bound.more-than",
  };
  return {
    ok: true,
    value: {
      stated: "más de 100",
      span: { start: 0, end: 10 },
      value,
      parsed: value,
      candidates: [],
    },
  };
}

describe("the value evaluation", () => {
  const c = ValueCaseSchema.parse({
    ...base,
    expected: { low: 100, high: null, lowInclusive: false, highInclusive: false },
  }) as ValueCase;

  it("counts a reading exact when both ends and their openness match", () => {
    expect(compareCase(c, read(100, null, false)).exact).toBe(true);
    expect(compareCase(c, read(100, null, true)).exact).toBe(false);
    expect(compareCase(c, read(100, 200, false)).exact).toBe(false);
  });

  it("compares refusals by their code", () => {
    const refused = ValueCaseSchema.parse({ ...base, expected: { refusal: "needs_value" } });
    const failure: ClaimResult<ClaimReadResult> = {
      ok: false,
      failure: { code: "needs_value", field: "value", message: "no year" },
    };
    expect(compareCase(refused, failure).exact).toBe(true);
    expect(compareCase(c, failure)).toMatchObject({
      exact: false,
      got: "refused needs_value: no year",
    });
    expect(describeExpected(refused)).toBe("refused needs_value");
  });

  it("rejects a case without a source address, and tallies per key", () => {
    expect(
      ValueCaseSchema.safeParse({ ...base, source: "not a url", expected: { refusal: "x" } })
        .success,
    ).toBe(false);
    expect(
      tally([
        { key: "es", exact: true },
        { key: "es", exact: false },
      ]).get("es"),
    ).toEqual({ exact: 1, total: 2 });
  });
});
