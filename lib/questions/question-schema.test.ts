import { describe, expect, it } from "vitest";
import { encodeCursor } from "./question-list-cursor";
import { QuestionFilterSchema, QuestionInputSchema, QuestionUpdateSchema } from "./question-schema";

describe("QuestionInputSchema", () => {
  it("trims names and drops a blank unit and scope", () => {
    const parsed = QuestionInputSchema.parse({
      subject: "  Sumgait pogrom ",
      measure: "killed",
      kind: "count",
      unit: " ",
      scope: "",
    });
    expect(parsed).toEqual({ subject: "Sumgait pogrom", measure: "killed", kind: "count" });
  });

  it.each([
    [{ subject: "S", measure: "m", kind: "count", extra: 1 }, "unknown field extra"],
    [{ subject: " ", measure: "m", kind: "count" }, "the subject is required"],
    [{ subject: "S", measure: "m", kind: "percent" }, "kind is one of"],
    [{ subject: "S".repeat(201), measure: "m", kind: "count" }, "too long"],
  ])("refuses %j (%s)", (input, message) => {
    const result = QuestionInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});

describe("QuestionFilterSchema", () => {
  it.each([
    [{}, { order: "divergent" }],
    [
      { limit: "50", verdict: "diverge", order: "label" },
      { limit: 50, verdict: "diverge", order: "label" },
    ],
    [{ limit: "", subject: "", verdict: "", order: "" }, { order: "divergent" }],
  ])("reads %j as %j", (query, expected) => {
    expect(QuestionFilterSchema.parse(query)).toEqual(expected);
  });

  it.each([
    [{ limit: "0" }],
    [{ limit: "101" }],
    [{ limit: "1.5" }],
    [{ verdict: "maybe" }],
    [{ cursor: "nonsense" }],
    [{ order: "newest" }],
  ])("refuses %j", (query) => {
    expect(QuestionFilterSchema.safeParse(query).success).toBe(false);
  });

  it("refuses a cursor of one order given for the other", () => {
    const label = encodeCursor({ order: "label", label: "a", id: "q1" });
    expect(QuestionFilterSchema.safeParse({ cursor: label, order: "label" }).success).toBe(true);
    expect(QuestionFilterSchema.safeParse({ cursor: label }).error?.issues[0]?.message).toBe(
      "this cursor pages the other order: pass the order it came from",
    );
  });
});

describe("QuestionUpdateSchema", () => {
  it("clears the scope with null and the unit with a blank", () => {
    expect(QuestionUpdateSchema.parse({ scope: null, unit: " " })).toEqual({
      scope: "",
      unit: null,
    });
  });

  it("refuses a field it does not know, and a measure emptied", () => {
    expect(QuestionUpdateSchema.safeParse({ subject: "S" }).success).toBe(false);
    expect(QuestionUpdateSchema.safeParse({ measure: "  " }).success).toBe(false);
  });
});
