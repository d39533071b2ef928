import { describe, expect, it } from "vitest";
import { findQuantities } from "@/lib/values/find-quantities";
import { countedPhrase } from "./counted-phrase";

function counted(sentence: string, nth = 0) {
  const figure = findQuantities(sentence)[nth];
  if (!figure) throw new Error(`no figure in “${sentence}”`);
  const found = countedPhrase(sentence, figure, figure.value, { start: 0, end: sentence.length });
  return { counted: found.counted, stated: sentence.slice(found.statedStart, found.statedEnd) };
}

describe("countedPhrase", () => {
  it.each([
    ["26 Armenians were killed in Sumgait.", 0, "Armenians killed", "26 Armenians"],
    [
      "26 citizens of Armenian nationality were killed in the riots.",
      0,
      "citizens of Armenian nationality killed",
      "26 citizens of Armenian nationality",
    ],
    ["hundreds of Armenians were killed.", 0, "Armenians killed", "hundreds of Armenians"],
    ["hundreds were wounded and maimed.", 0, "wounded and maimed", "hundreds"],
    [
      "only about 90 people were brought to trial.",
      0,
      "people brought to trial",
      "about 90 people",
    ],
    [
      "hundreds of thousands were forced to leave their homes.",
      0,
      "forced to leave",
      "hundreds of thousands",
    ],
    [
      "the 52,000 Armenian population of Kirovabad (Gandzak), were also deported.",
      0,
      "Armenian population of Kirovabad deported",
      "52,000 Armenian population of Kirovabad",
    ],
    [
      "a car bomb killed five Americans, including three U.S. soldiers.",
      0,
      "Americans killed",
      "five Americans",
    ],
    [
      "a car bomb killed five Americans, including three U.S. soldiers.",
      1,
      "U.S. soldiers",
      "three U.S. soldiers",
    ],
    [
      "the strike targeted a house, killing at least six suspected militants.",
      0,
      "suspected militants killed",
      "at least six suspected militants",
    ],
    [
      "The number of civilians killed was 936 (including 61 civilian police).",
      0,
      "civilians killed",
      "936",
    ],
    [
      "A further 296 members of the Iraqi Security Forces were killed.",
      0,
      "members of the Iraqi Security Forces killed",
      "296 members of the Iraqi Security Forces",
    ],
    ["Baghdad suffered 1,253 civilian casualties (332 killed, 921 injured).", 1, "killed", "332"],
    [
      "more than 108 million people forcibly displaced at the end of 2022",
      0,
      "people displaced",
      "more than 108 million people",
    ],
    [
      "18 million people who require humanitarian assistance.",
      0,
      "people who require humanitarian assistance",
      "18 million people",
    ],
    ["the budget is capped at $1.1 billion.", 0, "dollars", "$1.1 billion"],
    [
      "hundreds of Sumgait Azerbaijanis, inflamed by calls, began to rampage.",
      0,
      "Sumgait Azerbaijanis",
      "hundreds of Sumgait Azerbaijanis",
    ],
    ["It included 181 people.", 0, "people", "181 people"],
  ])("%s (figure %i)", (sentence, nth, expected, stated) => {
    expect(counted(sentence, nth)).toEqual({ counted: expected, stated });
  });

  it("never takes stated words past the end of the figure's sentence", () => {
    const text = "0 \n B";
    const figure = findQuantities(text)[0];
    expect(figure).toBeDefined();
    if (!figure) return;
    const found = countedPhrase(text, figure, figure.value, { start: 0, end: 1 });
    expect(found.statedEnd).toBe(1);
  });

  it("reads only the readers' noun when the text is not English", () => {
    const sentence = "26 Armenier wurden getötet.";
    const figure = findQuantities(sentence)[0];
    expect(figure).toBeDefined();
    if (!figure) return;
    const found = countedPhrase(
      sentence,
      figure,
      figure.value,
      { start: 0, end: sentence.length },
      false,
    );
    expect(found.counted).toBe(figure.value.counted);
  });
});
