import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { MAX_QUERY_TERMS, parseSearchQuery, searchWords } from "./search-query";

describe("parseSearchQuery", () => {
  test.each([
    ["one word", "Sumgait", "sumgait", "sumgait"],
    [
      "words are lower-cased and spaced once",
      "  Armenians   KILLED ",
      "armenians killed",
      "armenians killed",
    ],
    ["accents are kept (the database removes them)", "Población", "población", "población"],
    [
      "a quoted phrase",
      '"Sumgait pogrom" killed',
      '"sumgait pogrom" killed',
      "sumgait pogrom killed",
    ],
    [
      "an unclosed quote still makes a phrase",
      '"Sumgait pogrom',
      '"sumgait pogrom"',
      "sumgait pogrom",
    ],
    ["a minus excludes", "pogrom -Baku", "pogrom -baku", "pogrom"],
    ["a minus before a phrase", 'pogrom -"Baku events"', 'pogrom -"baku events"', "pogrom"],
    ["or between two words", "Sumgait or Sumqayit", "sumgait or sumqayit", "sumgait sumqayit"],
    ["a dangling or is dropped", "or Sumgait or", "sumgait", "sumgait"],
    [
      "punctuation inside a word makes a phrase",
      "1,000 O'Brien",
      '"1 000" "o brien"',
      "1 000 o brien",
    ],
    ["query syntax characters are only spaces", "a&b | !c <-> d:*", '"a b" c d', "a b c d"],
    ["Cyrillic", "Сумгаит", "сумгаит", "сумгаит"],
  ])("%s", (_label, raw, websearch, fuzzy) => {
    const query = parseSearchQuery(raw);
    expect(query?.websearch).toBe(websearch);
    expect(query?.fuzzy).toBe(fuzzy);
  });

  test.each([[""], ["   "], ["-baku"], ["&&& ||"], ["or"], ['""']])(
    "nothing to search for in %j",
    (raw) => {
      expect(parseSearchQuery(raw)).toBeNull();
    },
  );

  test("keeps at most MAX_QUERY_TERMS terms", () => {
    const raw = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    expect(parseSearchQuery(raw)?.words).toHaveLength(MAX_QUERY_TERMS);
  });

  test("words are listed once", () => {
    expect(parseSearchQuery("pogrom Pogrom POGROM")?.words).toEqual(["pogrom"]);
  });

  test("whatever is typed, the query holds only words, quotes, minus signs and spaces", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const query = parseSearchQuery(raw);
        if (query === null) return;
        expect(query.websearch).toMatch(/^[\p{L}\p{N}" -]+$/u);
        // Quotes come in pairs, so no phrase runs on into the next term.
        expect((query.websearch.match(/"/g) ?? []).length % 2).toBe(0);
        expect(query.words.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("searchWords", () => {
  test.each([
    ["Sumqayıt, 1988", ["sumqayıt", "1988"]],
    ["“quoted” — words", ["quoted", "words"]],
    ["", []],
  ])("%j", (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });
});
