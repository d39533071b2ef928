import { describe, expect, test } from "vitest";
import { NEW_QUESTION } from "@/app/claims/question-picker";
import { panelErrors, type PanelInput } from "./panel-checks";

const OK: PanelInput = {
  quote: "26 citizens were killed",
  selected: true,
  lookup: { status: "found", start: 0, end: 23 },
  choice: { mode: "existing", questionId: "q1" },
  stated: "26 citizens",
};

describe("panelErrors", () => {
  test("nothing to say about a complete panel", () => {
    expect(panelErrors(OK)).toEqual({});
  });

  test("every problem at once, by field", () => {
    const errors = panelErrors({
      ...OK,
      quote: "27 citizens",
      selected: false,
      lookup: { status: "missing", nearest: null },
      choice: { mode: "existing", questionId: "" },
      stated: "26",
    });
    expect(Object.keys(errors).sort()).toEqual(["questionId", "quote", "stated"]);
  });

  test.each([
    ["stated words not in the quote", { stated: "twenty-six" }, "stated"],
    ["an empty quote", { quote: " " }, "quote"],
    [
      "typed words found twice",
      { selected: false, lookup: { status: "repeated", count: 2, occurrences: [] } },
      "quote",
    ],
    [
      "a new question without a subject",
      { choice: { ...NEW_QUESTION, measure: "killed" } },
      "question.subject",
    ],
  ] as const)("%s", (_name, change, field) => {
    expect(Object.keys(panelErrors({ ...OK, ...change } as PanelInput))).toEqual([field]);
  });

  test("stated words differing only in spaces and quotation marks are in the quote", () => {
    expect(
      panelErrors({ ...OK, quote: "26\u00a0citizens were killed", stated: "26 citizens" }),
    ).toEqual({});
  });
});
