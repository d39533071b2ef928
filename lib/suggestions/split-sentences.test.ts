import { describe, expect, it } from "vitest";
import { sentenceAt, splitSentences } from "./split-sentences";

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it.each([
    ["two plain sentences", "It began. It ended.", ["It began.", "It ended."]],
    ["a question and an exclamation", "Who knew? Nobody! Then.", ["Who knew?", "Nobody!", "Then."]],
    [
      "a month's abbreviation before a day",
      "On Feb. 24 it began. Then.",
      ["On Feb. 24 it began.", "Then."],
    ],
    [
      "dotted initials",
      "The U.S. Joint Chiefs came. It ended.",
      ["The U.S. Joint Chiefs came.", "It ended."],
    ],
    [
      "a person's initials",
      "It was led by V.S. Galkin. It ended.",
      ["It was led by V.S. Galkin.", "It ended."],
    ],
    ["a title", "Mr. Mladenov said so. Then.", ["Mr. Mladenov said so.", "Then."]],
    ["“No.” before a number", "See No. 5 here. Then.", ["See No. 5 here.", "Then."]],
    [
      "“no.” ending a sentence",
      "The answer is no. The president said.",
      ["The answer is no.", "The president said."],
    ],
    ["a decimal point", "It was 1.5 million. Then.", ["It was 1.5 million.", "Then."]],
    [
      "lower case after a stop",
      "murder, rape, etc., and more. Then.",
      ["murder, rape, etc., and more.", "Then."],
    ],
    [
      "a closing quotation mark after the stop",
      'They were "the first outbreak." The pogrom began.',
      ['They were "the first outbreak."', "The pogrom began."],
    ],
    [
      "a short quoted title with a full stop inside",
      'In the film "Heydar Aliyev. The Burden of Power," he notes it. Then.',
      ['In the film "Heydar Aliyev. The Burden of Power," he notes it.', "Then."],
    ],
    [
      "several sentences of one quotation",
      "“Baku pogroms began. Pogroms went on for a week,” the Ministry said.",
      ["“Baku pogroms began.", "Pogroms went on for a week,” the Ministry said."],
    ],
    [
      "a headline line without a stop",
      "Quake kills 11\nOfficials say 11 died.",
      ["Quake kills 11", "Officials say 11 died."],
    ],
    [
      "a hard-wrapped line going on in lower case",
      "Officials said that 11\ncivilians died. Then.",
      ["Officials said that 11\ncivilians died.", "Then."],
    ],
    ["blank lines and odd spacing", "  One.\n\n   Two  ", ["One.", "Two"]],
  ])("%s", (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it("gives offsets that slice the text and leave only whitespace between sentences", () => {
    const text = "First one. Second one!\n\nThird one? Fourth";
    const spans = splitSentences(text);
    const between = spans
      .slice(1)
      .map((s, i) => text.slice((spans[i] as { end: number }).end, s.start));
    expect(between.every((gap) => gap.trim() === "")).toBe(true);
  });

  it("finds the sentence holding an offset, or none between sentences", () => {
    const text = "First one. Second one.";
    const spans = splitSentences(text);
    expect(sentenceAt(spans, text.indexOf("Second"))).toEqual({ start: 11, end: 22 });
    expect(sentenceAt(spans, 10)).toBeNull();
  });
});
