import { describe, expect, it } from "vitest";

import { figureWords, sameFigures } from "./figure-words";

describe("figureWords", () => {
  it.each([
    { text: "26 citizens were killed", words: ["26"] },
    {
      text: "400,000 people; 27-29 February; 15:03",
      words: ["400,000", "27-29", "february", "15:03"],
    },
    { text: "Thirty-three years ago", words: ["thirty", "three", "years", "ago"] },
    { text: "more than a hundred were not injured", words: ["more", "hundred", "not"] },
    { text: "it wasn't 2.5% of them", words: ["n't", "2.5%"] },
    { text: "the riots in the city", words: [] },
  ])("$text", ({ text, words }) => {
    expect(figureWords(text)).toEqual(words);
  });
});

describe("sameFigures", () => {
  it.each([
    { a: "26 killed", b: "28 killed", same: false },
    { a: "twenty-six killed", b: "thirty killed", same: false },
    { a: "on 27 February", b: "on 27 March", same: false },
    { a: "about 100", b: "more than 100", same: false },
    { a: "were killed", b: "were not killed", same: false },
    { a: "400,000", b: "400.000", same: false },
    { a: "26 citizns were killed", b: "26 citizens were killed", same: true },
    { a: "In February 1988", b: "in february 1988", same: true },
  ])("$a / $b", ({ a, b, same }) => {
    expect(sameFigures(a, b)).toBe(same);
  });
});
