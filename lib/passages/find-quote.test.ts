import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { findNormalized, findQuote } from "./find-quote";

const arminfo = corpus("arminfo-sumgait-ombudsman");
const mfa = corpus("artsakh-mfa-baku-pogroms");
const polatov = corpus("polatov-armenian-genocide-in-azerbaijan");

describe("findQuote", () => {
  it.each([
    { text: arminfo, exact: "Sumgait", count: 8 },
    { text: polatov, exact: "It should be noted that", count: 3 },
    { text: mfa, exact: "Azerbaijan's genocidal policy towards Armenians", count: 3 },
    { text: mfa, exact: "Baku pogroms, along with the 1988 massacre", count: 2 },
    { text: polatov, exact: "26 Armenian nationals", count: 1 },
    { text: arminfo, exact: "1,000 killed", count: 0 },
    { text: arminfo, exact: " \n ", count: 0 },
  ])("finds $exact $count times", ({ text, exact, count }) => {
    expect(findQuote(text, exact)).toHaveLength(count);
  });

  it("returns offsets into the text as stored, covering its own characters", () => {
    const [range, ...rest] = findQuote(polatov, "of Baku-a multinational city.");
    expect(rest).toEqual([]);
    expect(range && polatov.slice(range.start, range.end)).toBe(
      "of Baku\u2014a multinational city.",
    );
  });

  it("maps a quote typed on one line back over the line breaks it spans", () => {
    const ranges = findQuote(polatov, "a multinational city. The Sumgait massacre");
    expect(ranges.map((r) => polatov.slice(r.start, r.end))).toEqual([
      "a multinational city.\n\u00a0\n\u00a0The Sumgait massacre",
    ]);
  });
});

describe("findNormalized", () => {
  it("includes overlapping occurrences and nothing for an empty needle", () => {
    expect(findNormalized("ababa", "aba")).toEqual([0, 2]);
    expect(findNormalized("ababa", "")).toEqual([]);
  });
});

function corpus(name: string): string {
  return readFileSync(new URL(`../../seed/corpus/${name}.txt`, import.meta.url), "utf8");
}
