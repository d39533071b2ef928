import { describe, expect, it } from "vitest";

import { describePassage, type PassageSelector } from "./describe-passage";
import { HAND_EDITS, rangeOf } from "./edit-set/hand-edits";
import { reanchorAll, reanchorPassage } from "./reanchor-passage";

describe("reanchorPassage on the hand-written edits", () => {
  it.each(HAND_EDITS)("$name", (edit) => {
    const selector = selectorFor(edit.before, edit.quote, edit.occurrence ?? 0);
    const result = reanchorPassage(edit.before, edit.after, selector);
    const { expect: expected } = edit;
    if ("orphan" in expected) {
      expect(result).toMatchObject({ status: "orphaned", reason: expected.orphan });
      return;
    }
    const range = rangeOf(edit.after, expected.words, expected.occurrence ?? 0);
    expect(result).toMatchObject({
      status: expected.status,
      selector: { ...range, exact: expected.words },
    });
  });
});

const text = "Intro line.\n\nOfficially 26 people were killed in the riots on 28 February.\n\nEnd.";
const quote = "26 people were killed in the riots";

describe("reanchorPassage", () => {
  it("describes the new place with the new text's prefix and suffix", () => {
    const edited = `A new first paragraph.\n\n${text}`;
    const result = reanchorPassage(text, edited, selectorFor(text, quote));
    expect(result).toEqual({
      status: "moved",
      selector: describeOk(edited, edited.indexOf(quote), edited.indexOf(quote) + quote.length),
    });
  });

  it("gives a word diff for a passage re-anchored with changes", () => {
    const edited = text.replace("the riots", "the violent riots");
    const result = reanchorPassage(text, edited, selectorFor(text, quote));
    expect(result).toMatchObject({
      status: "changed",
      selector: { exact: "26 people were killed in the violent riots" },
      changes: [
        { kind: "same", text: "26 people were killed in the " },
        { kind: "added", text: "violent " },
        { kind: "same", text: "riots" },
      ],
    });
  });

  it("keeps blank edges a stored passage had, when the new text has them too", () => {
    const start = text.indexOf(quote) - 1;
    const selector = describeOk(text, start, start + quote.length + 2);
    const edited = `Intro.\n\n${text}`;
    const result = reanchorPassage(text, edited, selector);
    expect(result).toMatchObject({ status: "moved", selector: { exact: ` ${quote} ` } });
  });

  it("finds a passage whose stored offsets are stale by its quote and context", () => {
    const stale = { ...selectorFor(text, quote), start: 0, end: quote.length };
    const edited = text.replace("Intro line.", "Intro.");
    expect(reanchorPassage(text, edited, stale)).toMatchObject({
      status: "moved",
      selector: { exact: quote },
    });
  });

  it("orphans a selector whose words are not in the old text", () => {
    const selector = { start: 0, end: 5, exact: "nowhere to be found", prefix: "", suffix: "" };
    expect(reanchorPassage(text, text, selector)).toMatchObject({
      status: "orphaned",
      reason: "not-in-old-text",
    });
  });

  it("orphans a figure changed into words (26 → twenty-six)", () => {
    const edited = text.replace("26 people", "twenty-six people");
    expect(reanchorPassage(text, edited, selectorFor(text, quote))).toMatchObject({
      status: "orphaned",
      reason: "figure-changed",
    });
  });
});

describe("reanchorAll", () => {
  it("gives each passage the result reanchorPassage gives it, in order", () => {
    const edited = text.replace("Intro line.", "Intro line, longer now.").replace("End.", "Fin.");
    const selectors = ["Intro line", quote, "28 February", "End"].map((q) => selectorFor(text, q));
    expect(reanchorAll(text, edited, selectors)).toEqual(
      selectors.map((s) => reanchorPassage(text, edited, s)),
    );
  });

  it("returns nothing for no passages", () => {
    expect(reanchorAll(text, "", [])).toEqual([]);
  });
});

function selectorFor(source: string, words: string, occurrence = 0): PassageSelector {
  const { start, end } = rangeOf(source, words, occurrence);
  return describeOk(source, start, end);
}

function describeOk(source: string, start: number, end: number): PassageSelector {
  const described = describePassage(source, start, end);
  if (!described.ok) throw new Error(`test setup: ${described.reason}`);
  return described.selector;
}
