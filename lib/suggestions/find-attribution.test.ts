import { describe, expect, it } from "vitest";
import { findAttribution } from "./find-attribution";
import { findQuotations } from "./quotations";
import { sentenceAt, splitSentences } from "./split-sentences";
import type { Span } from "./suggestion-types";

function attributionOf(text: string, figure: string, previousOrigin: string | null = null) {
  const start = text.indexOf(figure);
  const span = { start, end: start + figure.length };
  const sentence = sentenceAt(splitSentences(text), start) as Span;
  const found = findAttribution(text, sentence, span, {
    quotations: findQuotations(text),
    previousOrigin,
  });
  return found && { text: found.text, origin: found.origin, named: found.named };
}

describe("findAttribution", () => {
  it.each([
    [
      "according to data from a named office",
      "According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed.",
      "26",
      {
        text: "According to official data from the USSR Prosecutor General's Office",
        origin: "USSR Prosecutor General's Office",
        named: true,
      },
    ],
    [
      "according to unnamed estimates",
      "According to unofficial estimates, hundreds of Armenians were killed.",
      "hundreds",
      { text: "According to unofficial estimates", origin: "unofficial estimates", named: false },
    ],
    [
      "according to figures released by someone, relayed from another",
      "According to information obtained by UNAMI from the Health Directorate in Anbar, 402 were killed.",
      "402",
      {
        text: "According to information obtained by UNAMI from the Health Directorate in Anbar",
        origin: "Health Directorate in Anbar",
        named: true,
      },
    ],
    [
      "according to, after the figure",
      "Some 300 people were killed, according to the Ministry of Health.",
      "300",
      { text: "according to the Ministry of Health", origin: "Ministry of Health", named: true },
    ],
    [
      "as indicated in materials",
      "However, as indicated in the materials of the Memorial human rights center, 12 died.",
      "12",
      {
        text: "as indicated in the materials of the Memorial human rights center",
        origin: "Memorial human rights center",
        named: true,
      },
    ],
    [
      "a subject and a speech verb before the figure",
      "Afghan officials say a coalition air strike has killed 11 civilians.",
      "11",
      { text: "Afghan officials say", origin: "Afghan officials", named: false },
    ],
    [
      "a speech verb after the figure",
      "Baku pogroms began in 1990, Artsakh’s Foreign Ministry said in a statement.",
      "1990",
      {
        text: "Artsakh’s Foreign Ministry said",
        origin: "Artsakh’s Foreign Ministry",
        named: true,
      },
    ],
    [
      "the speaker after a multi-sentence quotation",
      "“It began. As a result, thousands of people were killed,” the Foreign Ministry said.",
      "thousands",
      { text: "the Foreign Ministry said", origin: "Foreign Ministry", named: true },
    ],
    [
      "a title in the speaker's name after a quotation",
      "“With nearly 12,000 people killed, Iraqis suffer”, Mr. Mladenov said.",
      "12,000",
      { text: "Mr. Mladenov said", origin: "Mr. Mladenov", named: true },
    ],
    [
      "the speaker before a quotation, past an aside with a quoted title",
      'Notably, director Andrey Konchalovsky, in the film "Heydar Aliyev. The Burden of Power," commissioned by Azerbaijan, notes: "In one night more than 100 Armenians were killed."',
      "100",
      {
        text: 'director Andrey Konchalovsky, in the film "Heydar Aliyev. The Burden of Power," commissioned by Azerbaijan, notes:',
        origin: "director Andrey Konchalovsky",
        named: true,
      },
    ],
    [
      "stated by someone",
      "This was stated by Artsakh Ombudsman Artak Beglaryan during his speech on the 32nd anniversary.",
      "32nd",
      {
        text: "stated by Artsakh Ombudsman Artak Beglaryan",
        origin: "Artsakh Ombudsman Artak Beglaryan",
        named: true,
      },
    ],
    [
      "someone providing statistics",
      "Billing provided the latest statistics, which included more than 11 million displaced people.",
      "11 million",
      { text: "Billing provided the latest statistics", origin: "Billing", named: true },
    ],
    [
      "sources, unnamed",
      "Sources say 40 people were arrested.",
      "40",
      { text: "Sources say", origin: "Sources", named: false },
    ],
  ])("%s", (_name, text, figure, expected) => {
    expect(attributionOf(text, figure)).toEqual(expected);
  });

  it.each([
    ["no attribution", "The Sumgait massacre lasted three days."],
    ["an impersonal passive", "It should be noted that in 1991 the operation began."],
    ["a subject that is no one", "Some damage reported after powerful 7.1 quake hits California"],
    ["a name holding a verb-like word", "It was signed by the United States in 1991."],
  ])("finds none for %s", (_name, text) => {
    const figure = /\d[\d.,]*/.exec(text)?.[0] ?? "";
    expect(attributionOf(text, figure)).toBeNull();
  });

  it("gives a pronoun the origin named before it", () => {
    const text = "“As a result, 50 villages were lost,” it added.";
    expect(attributionOf(text, "50", "Foreign Ministry")).toEqual({
      text: "it added",
      origin: "Foreign Ministry",
      named: true,
    });
  });
});
