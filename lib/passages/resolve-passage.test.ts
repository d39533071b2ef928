import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { describePassage, type PassageSelector } from "./describe-passage";
import { resolvePassage } from "./resolve-passage";

const arminfo = corpus("arminfo-sumgait-ombudsman");
const mfa = corpus("artsakh-mfa-baku-pogroms");
const polatov = corpus("polatov-armenian-genocide-in-azerbaijan");

// Each case: a quote as an editor or a client might type it, and the words of the source it must
// land on, written exactly as the source has them (U+00A0, curly quotes and line breaks included).
const found: {
  name: string;
  text: string;
  selector: Partial<PassageSelector> & { exact: string };
  expected: string;
  occurrence?: number;
}[] = [
  {
    name: "plain spaces where the text has non-breaking spaces",
    text: polatov,
    selector: { exact: "29-02-2024 15:03:37 | Armenia | Social" },
    expected: "29-02-2024 15:03:37\u00a0\u00a0 | Armenia\u00a0\u00a0|\u00a0\u00a0Social",
  },
  {
    name: "one space where the text has a line, a line of U+00A0 and an indent",
    text: polatov,
    selector: { exact: "a multinational city. The Sumgait massacre lasted three days" },
    expected: "a multinational city.\n\u00a0\n\u00a0The Sumgait massacre lasted three days",
  },
  {
    name: "straight double quotes where the text has curly ones",
    text: mfa,
    selector: { exact: 'operation "Ring" on the deportation of Armenians' },
    expected: "operation \u201cRing\u201d on the deportation of Armenians",
  },
  {
    name: "a straight apostrophe where the text has \u2019",
    text: mfa,
    selector: { exact: "Baku's genocidal policy" },
    expected: "Baku\u2019s genocidal policy",
  },
  {
    name: "a curly apostrophe where the text has a straight one",
    text: arminfo,
    selector: { exact: "the USSR Prosecutor General\u2019s Office" },
    expected: "the USSR Prosecutor General's Office",
  },
  {
    name: "a hyphen where the text has an en dash",
    text: mfa,
    selector: { exact: "a whole week - from 13 to 20 January 1990" },
    expected: "a whole week \u2013 from 13 to 20 January 1990",
  },
  {
    name: "a space where the text breaks the line",
    text: arminfo,
    selector: { exact: 'the pogroms in Sumgait. "The Armenians in Sumgait suffered' },
    expected: 'the pogroms in Sumgait.\n"The Armenians in Sumgait suffered',
  },
  {
    name: "a CRLF line break and a tab where the text has single spaces",
    text: arminfo,
    selector: { exact: "26 citizens of\r\nArmenian\tnationality were killed" },
    expected: "26 citizens of Armenian nationality were killed",
  },
  {
    name: "whitespace around the quote, which is not significant",
    text: arminfo,
    selector: { exact: "  276 servicemen.\n" },
    expected: "276 servicemen.",
  },
  {
    name: "a repeated phrase chosen by its suffix",
    text: polatov,
    selector: { exact: "It should be noted that", suffix: " from 1990 to 1994, General" },
    expected: "It should be noted that",
    occurrence: 2,
  },
  {
    name: "a repeated phrase chosen by its prefix",
    text: polatov,
    selector: {
      exact: "It should be noted that",
      prefix: "deportation of Armenian villages in Artsakh.\n\u00a0\n",
    },
    expected: "It should be noted that",
    occurrence: 1,
  },
  {
    name: "a repeated sentence chosen by a prefix typed with a straight quote",
    text: mfa,
    selector: {
      exact: "Baku pogroms, along with the 1988 massacre of Armenians in Sumgait",
      prefix: 'this inhuman crime. "',
    },
    expected: "Baku pogroms, along with the 1988 massacre of Armenians in Sumgait",
    occurrence: 1,
  },
  {
    name: "one of eight Sumgaits chosen by its prefix",
    text: arminfo,
    selector: { exact: "Sumgait", prefix: "Armenian refugees from " },
    expected: "Sumgait",
    occurrence: 6,
  },
  {
    name: "one of eight Sumgaits chosen, with no context, by the old position",
    text: arminfo,
    selector: { exact: "Sumgait", start: arminfo.indexOf("Sumgait to Stepanakert") - 40 },
    expected: "Sumgait",
    occurrence: 6,
  },
];

describe("resolvePassage finds quotes typed differently from the text", () => {
  it.each(found)("$name", ({ text, selector, expected, occurrence = 0 }) => {
    const result = resolvePassage(text, selector);
    expect(result).toEqual({ ok: true, ...rangeOf(text, expected, occurrence), method: "quote" });
  });
});

describe("resolvePassage with stored selectors", () => {
  it("resolves an unchanged text by position, returning the stored range untouched", () => {
    const stored = selectorFor(
      polatov,
      "\u00a0According to official Soviet data, 26 Armenian nationals",
    );
    expect(resolvePassage(polatov, stored)).toEqual({
      ok: true,
      start: stored.start,
      end: stored.end,
      method: "position",
    });
  });

  it("recovers a stale position from the quote once the text has shifted", () => {
    const stored = selectorFor(arminfo, "26 citizens of Armenian nationality were killed");
    const edited = `Editor\u2019s note: corrected on 3 March.\n\n${arminfo}`;
    expect(resolvePassage(edited, stored)).toEqual({
      ok: true,
      ...rangeOf(edited, "26 citizens of Armenian nationality were killed"),
      method: "quote",
    });
  });

  it("recovers when the text was shortened so that the position is out of range", () => {
    const stored = selectorFor(polatov, "Eduard Polatov (Polatidis)");
    const shortened = polatov.slice(polatov.indexOf("Chairman of the Patriotic"));
    expect(resolvePassage(shortened, stored)).toMatchObject({ ok: true, method: "quote" });
  });

  it("overrules a stale position that now lands on another occurrence of the quote", () => {
    const third = selectorFor(polatov, "It should be noted that", 2);
    const first = rangeOf(polatov, "It should be noted that", 0);
    const result = resolvePassage(polatov, { ...third, ...first });
    expect(result).toEqual({
      ok: true,
      ...rangeOf(polatov, "It should be noted that", 2),
      method: "quote",
    });
  });
});

describe("resolvePassage reports what it cannot resolve", () => {
  it("lists every occurrence, with context, of a repeated phrase given without context", () => {
    const result = resolvePassage(polatov, { exact: "It should be noted that" });
    expect(result).toMatchObject({ ok: false, code: "ambiguous" });
    if (result.ok || result.code !== "ambiguous") return;
    expect(result.occurrences.map(({ start, end }) => ({ start, end }))).toEqual(
      [0, 1, 2].map((n) => rangeOf(polatov, "It should be noted that", n)),
    );
    expect(result.occurrences[1]?.context).toBe(
      "…of Armenian villages in Artsakh. It should be noted that in April-August 1991, OMON units of…",
    );
    expect(result.reason).toMatch(/3 times/);
  });

  it("stays ambiguous when the prefix fits no occurrence better than another", () => {
    const result = resolvePassage(mfa, {
      exact: "Azerbaijan\u2019s genocidal policy towards Armenians",
      prefix: "an entirely different lead-in ",
    });
    expect(result).toMatchObject({ ok: false, code: "ambiguous" });
    if (!result.ok && result.code === "ambiguous") expect(result.occurrences).toHaveLength(3);
  });

  it("does not let one shared letter of the prefix pick an occurrence", () => {
    // "speaker" ends in the "r" of "After Sumgait", the only Sumgait after a word ending in r.
    const result = resolvePassage(arminfo, { exact: "Sumgait", prefix: "as said by the speaker " });
    expect(result).toMatchObject({ ok: false, code: "ambiguous" });
    if (!result.ok && result.code === "ambiguous") expect(result.occurrences).toHaveLength(8);
  });

  it("stays ambiguous when the old position is equally far from two occurrences", () => {
    const first = rangeOf(polatov, "It should be noted that", 0);
    const second = rangeOf(polatov, "It should be noted that", 1);
    const result = resolvePassage(polatov, {
      exact: "It should be noted that",
      start: (first.start + second.start) / 2,
    });
    expect(result).toMatchObject({ ok: false, code: "ambiguous" });
  });

  it.each([
    { name: "a figure the text does not give", exact: "27 citizens of Armenian nationality" },
    { name: "words from another source", exact: "between 150 and 300 people were killed" },
    {
      name: "an em dash typed as a spaced hyphen",
      exact: "capital of Baku - a multinational city",
    },
    { name: "an empty quote", exact: "" },
    { name: "a quote of nothing but whitespace", exact: " \u00a0\n\t" },
  ])("says not-found for $name", ({ exact }) => {
    const text = exact.includes("Baku") ? polatov : arminfo;
    expect(resolvePassage(text, { exact })).toMatchObject({ ok: false, code: "not-found" });
  });

  it.each([
    { start: -5, end: 10 },
    { start: 10, end: 5 },
    { start: Number.NaN, end: Number.POSITIVE_INFINITY },
    { start: 1.5, end: 1e20 },
  ])("falls back to the quote for a nonsensical position $start..$end", ({ start, end }) => {
    const result = resolvePassage(arminfo, { exact: "276 servicemen", start, end });
    expect(result).toEqual({ ok: true, ...rangeOf(arminfo, "276 servicemen"), method: "quote" });
  });

  it("handles an empty text without throwing", () => {
    expect(resolvePassage("", { exact: "Sumgait", start: 0, end: 7 })).toMatchObject({
      code: "not-found",
    });
  });
});

describe("resolvePassage with the fuzzy fallback", () => {
  const corrected = arminfo.replace("To recalll,", "To recall,");
  const stored = selectorFor(
    arminfo,
    "To recalll, ethnic cleansing occurred in the city of Sumgait",
  );

  it("is not used unless asked for", () => {
    expect(resolvePassage(corrected, stored)).toMatchObject({ ok: false, code: "not-found" });
  });

  it("re-anchors a passage whose source had a typo fixed, and says it was fuzzy", () => {
    expect(resolvePassage(corrected, stored, { fuzzy: true })).toEqual({
      ok: true,
      ...rangeOf(corrected, "To recall, ethnic cleansing occurred in the city of Sumgait"),
      method: "fuzzy",
    });
  });

  it.each([
    { name: "a changed digit", from: "26 citizens", to: "28 citizens" },
    { name: "a changed number word", from: "hundreds of Armenians", to: "thousands of Armenians" },
    { name: "a changed bound", from: "more than a hundred", to: "less than a hundred" },
  ])("never re-anchors across $name", ({ from, to }) => {
    // Long enough that the error budget (one per 20 characters) would allow the edit.
    const passage = arminfo.slice(arminfo.indexOf(from), arminfo.indexOf(from) + 120);
    const selector = selectorFor(arminfo, passage);
    const edited = arminfo.replace(from, to);
    expect(resolvePassage(edited, selector, { fuzzy: true })).toMatchObject({
      code: "not-found",
    });
  });

  it("is never used when the quote itself is found", () => {
    expect(resolvePassage(arminfo, stored, { fuzzy: true })).toMatchObject({ method: "position" });
  });

  it("does not guess at short quotes", () => {
    expect(
      resolvePassage(corrected, { exact: "To recalll, ethnic" }, { fuzzy: true }),
    ).toMatchObject({
      code: "not-found",
    });
  });
});

function corpus(name: string): string {
  return readFileSync(new URL(`../../seed/corpus/${name}.txt`, import.meta.url), "utf8");
}

/** The range of the `occurrence`-th (from 0) verbatim occurrence of `words` in `text`. */
function rangeOf(text: string, words: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let n = 0; n <= occurrence; n++) start = text.indexOf(words, start + 1);
  if (start === -1) throw new Error(`test setup: ${JSON.stringify(words)} is not in the text`);
  return { start, end: start + words.length };
}

function selectorFor(text: string, words: string, occurrence = 0): PassageSelector {
  const { start, end } = rangeOf(text, words, occurrence);
  const described = describePassage(text, start, end);
  if (!described.ok) throw new Error(`test setup: ${described.reason}`);
  return described.selector;
}
