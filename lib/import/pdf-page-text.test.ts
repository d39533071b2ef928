import { describe, expect, it } from "vitest";
import { pageText, type PdfTextItem } from "./pdf-page-text";

/** Items of 12-point text; `y` counts down the page in points, as PDF coordinates do. */
const item = (str: string, y: number, hasEOL = false): PdfTextItem => ({
  str,
  y,
  fontSize: 12,
  hasEOL,
});

describe("pageText", () => {
  it("joins items of a line, breaks lines, and leaves a blank line at a paragraph's gap", () => {
    const items = [
      item("The vote was ", 700),
      item("438", 700),
      item(" to 86,", 700, true),
      item("with 42 abstentions.", 686),
      item("", 660, true),
      item("A second paragraph.", 660, true),
    ];
    expect(pageText(items)).toBe(
      "The vote was 438 to 86,\nwith 42 abstentions.\n\nA second paragraph.",
    );
  });

  it("starts a line when the baseline changes even without an end-of-line mark", () => {
    expect(pageText([item("one", 700), item("two", 686)])).toBe("one\ntwo");
  });

  it("starts a paragraph when text moves up the page (a new column)", () => {
    expect(
      pageText([item("bottom of column one", 100, true), item("top of column two", 700)]),
    ).toBe("bottom of column one\n\ntop of column two");
  });

  it("drops blank lines, trailing spaces and NUL characters", () => {
    expect(pageText([item("  ", 700, true), item("a\u0000b  ", 686, true)])).toBe("ab");
    expect(pageText([])).toBe("");
  });
});
