import { describe, expect, it } from "vitest";

import { applyEdits, applyRounds, type Replacement } from "./apply-edits";

// The ground truth must be right before anything is measured against it.
const text = "Alpha beta gamma. The figure was 26 people in total. Omega.";
const passage = { start: text.indexOf("26 people"), end: text.indexOf("26 people") + 9 };
const at = (offset: number, insert: string, effect: Replacement["effect"] = "rewrite") => ({
  start: offset,
  end: offset,
  text: insert,
  effect,
});

describe("applyEdits", () => {
  it.each([
    {
      name: "an insertion before moves it",
      edit: at(0, "New. "),
      expected: { anchored: { start: passage.start + 5, end: passage.end + 5 }, changed: false },
    },
    {
      name: "an insertion at its start moves it",
      edit: at(passage.start, "x "),
      expected: { anchored: { start: passage.start + 2, end: passage.end + 2 }, changed: false },
    },
    {
      name: "an insertion at its end leaves it",
      edit: at(passage.end, " more"),
      expected: { anchored: passage, changed: false },
    },
    {
      name: "a word inside changes it",
      edit: at(passage.start + 3, "dead ", "rewrite"),
      expected: { anchored: { start: passage.start, end: passage.end + 5 }, changed: true },
    },
    {
      name: "a figure inside orphans it",
      edit: { start: passage.start, end: passage.start + 2, text: "28", effect: "figure" as const },
      expected: { orphan: "figure-changed" },
    },
    {
      name: "a deletion around it orphans it",
      edit: {
        start: passage.start - 4,
        end: passage.end + 3,
        text: "",
        effect: "rewrite" as const,
      },
      expected: { orphan: "deleted" },
    },
    {
      name: "an edit across its edge is unclear",
      edit: {
        start: passage.start - 2,
        end: passage.start + 2,
        text: "",
        effect: "rewrite" as const,
      },
      expected: { orphan: "unclear" },
    },
  ])("$name", ({ edit, expected }) => {
    expect(applyEdits(text, [edit], [passage]).expected).toEqual([expected]);
  });

  it("follows a passage into the paragraph that moved", () => {
    const moved = { start: 0, end: 18, text: "", effect: "rewrite" as const };
    const insertion = { ...at(text.length, text.slice(0, 18)), movedFrom: { start: 0, end: 18 } };
    const beta = { start: 6, end: 10 };
    const result = applyEdits(text, [moved, insertion], [beta]);
    expect(result.text).toBe(`${text.slice(18)}${text.slice(0, 18)}`);
    const expected = result.expected[0];
    expect(
      expected &&
        "anchored" in expected &&
        result.text.slice(expected.anchored.start, expected.anchored.end),
    ).toBe("beta");
  });

  it("composes rounds", () => {
    const result = applyRounds(text, [[at(0, "A. ")], [at(0, "B. ")]], [passage]);
    expect(result.expected).toEqual([
      { anchored: { start: passage.start + 6, end: passage.end + 6 }, changed: false },
    ]);
  });
});
