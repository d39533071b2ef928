import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { splitParagraphs } from "./split-paragraphs";

const arminfo = corpus("arminfo-sumgait-ombudsman");
const polatov = corpus("polatov-armenian-genocide-in-azerbaijan");

describe("splitParagraphs", () => {
  const paragraphs = splitParagraphs(polatov);

  it("splits at blank lines, lines of only U+00A0 included", () => {
    expect(paragraphs).toHaveLength(30);
    expect(paragraphs.slice(0, 3).map((p) => p.text)).toEqual([
      "The Armenian Genocide in Azerbaijan",
      "The Armenian Genocide in Azerbaijan",
      "\u2022 29-02-2024 15:03:37\u00a0\u00a0 | Armenia\u00a0\u00a0|\u00a0\u00a0Social",
    ]);
    // The fourth follows a line of a lone U+00A0 and starts after its own leading U+00A0.
    expect(paragraphs[3]?.text).toMatch(/^In response to the Armenians of Artsakh/);
  });

  it("keeps a single line break inside a paragraph", () => {
    const signature = paragraphs.find((p) => p.text.startsWith("Coordinator of the Authorized"));
    expect(signature?.text).toMatch(/SSR\nEduard Polatov \(Polatidis\)$/);
  });

  it("gives offsets into the text as stored, without the blank edges", () => {
    for (const p of paragraphs) {
      expect(polatov.slice(p.start, p.end)).toBe(p.text);
      expect(p.text).toBe(p.text.trim());
    }
    for (const [i, p] of paragraphs.entries()) {
      const next = paragraphs[i + 1];
      if (next) expect(polatov.slice(p.end, next.start)).toMatch(/^\s*\n\s*\n\s*$/);
    }
  });

  it("treats lines with no blank line between them as one paragraph", () => {
    expect(splitParagraphs(arminfo)).toEqual([{ start: 0, end: arminfo.length, text: arminfo }]);
  });

  it.each([
    { name: "CRLF line endings", text: "one\r\n\r\ntwo\r\nlines", texts: ["one", "two\r\nlines"] },
    { name: "a tab-only line", text: "one\n\t\ntwo", texts: ["one", "two"] },
    { name: "an empty text", text: "", texts: [] },
    { name: "a text of only whitespace", text: " \u00a0\n\n\t", texts: [] },
  ])("handles $name", ({ text, texts }) => {
    expect(splitParagraphs(text).map((p) => p.text)).toEqual(texts);
  });
});

function corpus(name: string): string {
  return readFileSync(new URL(`../../seed/corpus/${name}.txt`, import.meta.url), "utf8");
}
