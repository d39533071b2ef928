import { describe, expect, test } from "vitest";
import { shapeSnippet, snippetText } from "./snippet";

const raw = (marked: string, original: string | null) => ({
  marked,
  original,
  cutBefore: false,
  cutAfter: true,
});

describe("shapeSnippet", () => {
  test("puts the highlights on the original words", () => {
    const snippet = shapeSnippet(
      raw("la  [población]  de [sumqayıt]  según", "la «población» de Sumqayıt, según"),
    );
    expect(snippet.parts).toEqual([
      { text: "la «", hit: false },
      { text: "población", hit: true },
      { text: "» de ", hit: false },
      { text: "Sumqayıt", hit: true },
      { text: ", según", hit: false },
    ]);
    expect(snippet.cutAfter).toBe(true);
  });

  test("counts characters beyond the basic plane as one, as PostgreSQL does", () => {
    const snippet = shapeSnippet(raw("[𝒜bc] d", "𝒜BC!d"));
    expect(snippet.parts).toEqual([
      { text: "𝒜BC", hit: true },
      { text: "!d", hit: false },
    ]);
  });

  test("shows the folded words when the original does not line up", () => {
    expect(shapeSnippet(raw("[sumgait] pogrom", "Sumgait")).parts).toEqual([
      { text: "sumgait", hit: true },
      { text: " pogrom", hit: false },
    ]);
    expect(snippetText(shapeSnippet(raw("a [b]", null)))).toBe("a b");
  });

  test("white space is collapsed and the ends trimmed", () => {
    const snippet = shapeSnippet(raw("   one\n\n  [two]  ", "   one\n\n  two   "));
    expect(snippet.parts).toEqual([
      { text: "one ", hit: false },
      { text: "two", hit: true },
    ]);
  });

  test("no highlight at all is one plain part", () => {
    expect(shapeSnippet(raw("plain words", "Plain words")).parts).toEqual([
      { text: "Plain words", hit: false },
    ]);
  });
});
