import { describe, expect, it } from "vitest";
import { originFor, proposeRecording } from "./propose-recording";
import type { Attribution } from "./suggestion-types";

function span(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
}

function attribution(
  text: string,
  words: string,
  origin: string | null,
  named: boolean,
): Attribution {
  return { ...span(text, words), text: words, origin, named };
}

describe("proposeRecording", () => {
  it("quotes a short sentence whole and names the attribution's origin", () => {
    const text =
      "Intro. According to various sources, between 150 and 300 people were killed. End.";
    const sentence = span(
      text,
      "According to various sources, between 150 and 300 people were killed.",
    );
    const proposal = proposeRecording(text, {
      sentence,
      figure: span(text, "between 150 and 300"),
      stated: span(text, "between 150 and 300 people"),
      attribution: attribution(text, "According to various sources", "various sources", false),
      questionId: "q1",
      override: null,
    });
    expect(proposal).toEqual({
      quote: { ...sentence, text: text.slice(sentence.start, sentence.end) },
      stated: { ...span(text, "between 150 and 300 people"), text: "between 150 and 300 people" },
      origin: "Various sources (not named)",
      questionId: "q1",
      override: null,
    });
  });

  it("quotes the clause of a long sentence, with the attribution when it fits", () => {
    const filler = "the deportation of the Armenian population of the former republic, ".repeat(5);
    const text = `According to the Ministry, ${filler}and in 1991 the operation began; ${filler}it ended.`;
    const proposal = proposeRecording(text, {
      sentence: { start: 0, end: text.length },
      figure: span(text, "1991"),
      stated: span(text, "1991"),
      attribution: attribution(text, "According to the Ministry", "Ministry", true),
      questionId: null,
      override: null,
    });
    expect(proposal.quote.text.startsWith("According to the Ministry")).toBe(true);
    expect(proposal.quote.text.endsWith("the operation began")).toBe(true);
    expect(proposal.origin).toBe("Ministry");
  });

  it("leaves out a quotation mark the quote opens but does not close", () => {
    const text = "“Baku pogroms began in 1990.";
    const proposal = proposeRecording(text, {
      sentence: { start: 0, end: text.length },
      figure: span(text, "1990"),
      stated: span(text, "1990"),
      attribution: null,
      questionId: null,
      override: null,
    });
    expect(proposal.quote.text).toBe("Baku pogroms began in 1990.");
  });
});

describe("originFor", () => {
  it.each([
    [null, null],
    [
      { origin: "USSR Prosecutor General's Office", named: true },
      "USSR Prosecutor General's Office",
    ],
    [{ origin: "unofficial estimates", named: false }, "Unofficial estimates (not named)"],
    [{ origin: null, named: false }, null],
  ])("%j → %s", (found, expected) => {
    const full = found && { start: 0, end: 1, text: "x", ...found };
    expect(originFor(full)).toBe(expected);
  });
});
