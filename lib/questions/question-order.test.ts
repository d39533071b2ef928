import { describe, expect, it } from "vitest";
import type { VerdictStatus } from "@/lib/agreement/verdict";
import { byDivergence, type OrderedQuestion } from "./question-order";

function q(measure: string, status: VerdictStatus, factor: number | null = null, subject = "S") {
  return {
    measure,
    subject: { name: subject },
    verdict: { status, spread: status === "diverge" ? { factor } : null },
  } satisfies OrderedQuestion;
}

const order = (items: OrderedQuestion[]) => [...items].sort(byDivergence).map((i) => i.measure);

describe("byDivergence (most divergent first)", () => {
  it("puts diverging questions first, then agreeing, single and empty ones", () => {
    expect(
      order([q("none", "none"), q("single", "single"), q("agree", "agree"), q("dv", "diverge", 2)]),
    ).toEqual(["dv", "agree", "single", "none"]);
  });

  it("orders diverging questions by their spread, widest first; dates (no factor) last", () => {
    expect(
      order([q("date", "diverge", null), q("x2", "diverge", 2), q("x8", "diverge", 7.7)]),
    ).toEqual(["x8", "x2", "date"]);
  });

  it("breaks ties by subject, then measure", () => {
    expect(
      order([
        q("b", "agree", null, "Sumgait"),
        q("a", "agree", null, "Sumgait"),
        q("z", "agree", null, "Baku"),
      ]),
    ).toEqual(["z", "a", "b"]);
  });
});
