import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { containsWords } from "./contains-words";

// Quotes as the sample texts have them; "stated" as an editor might type it.
const officialCount =
  "According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots, more than a hundred people were injured.";
const bakuRange =
  "According to various sources, between 150 and 300 people were killed as a result of this inhuman crime.";
const header = "29-02-2024 15:03:37\u00a0\u00a0 | Armenia\u00a0\u00a0|\u00a0\u00a0Social";
const ring = "including operation \u201cRing\u201d on the deportation of Armenians";

describe("containsWords", () => {
  it("is tested on quotes that are verbatim in the sample texts", () => {
    const texts = [
      "arminfo-sumgait-ombudsman",
      "artsakh-mfa-baku-pogroms",
      "polatov-armenian-genocide-in-azerbaijan",
    ]
      .map((name) =>
        readFileSync(new URL(`../../seed/corpus/${name}.txt`, import.meta.url), "utf8"),
      )
      .join("\n");
    for (const quote of [officialCount, bakuRange, header, ring]) expect(texts).toContain(quote);
  });

  it.each([
    { quote: officialCount, stated: "26 citizens", words: "26 citizens" },
    {
      quote: officialCount,
      stated: "more than a hundred people",
      words: "more than a hundred people",
    },
    { quote: bakuRange, stated: "between 150 and\n300", words: "between 150 and 300" },
    { quote: header, stated: "15:03:37 | Armenia", words: "15:03:37\u00a0\u00a0 | Armenia" },
    { quote: ring, stated: 'operation "Ring"', words: "operation \u201cRing\u201d" },
    {
      quote: officialCount,
      stated: " Prosecutor General\u2019s Office ",
      words: "Prosecutor General's Office",
    },
  ])("finds $stated", ({ quote, stated, words }) => {
    const result = containsWords(quote, stated);
    expect(result.ok).toBe(true);
    if (result.ok) expect(quote.slice(result.start, result.end)).toBe(words);
  });

  it.each([
    { name: "a figure the quote does not give", quote: officialCount, stated: "27 citizens" },
    { name: "part of a number", quote: bakuRange, stated: "50" },
    { name: "part of a word", quote: officialCount, stated: "itizens" },
    { name: "words in another order", quote: bakuRange, stated: "300 and 150" },
    { name: "another case", quote: officialCount, stated: "26 Citizens" },
    { name: "nothing", quote: officialCount, stated: "" },
    { name: "whitespace", quote: officialCount, stated: " \u00a0" },
    { name: "anything, in an empty quote", quote: "", stated: "26" },
  ])("refuses $name", ({ quote, stated }) => {
    expect(containsWords(quote, stated)).toEqual({ ok: false });
  });
});
