import { describe, expect, it } from "vitest";
import {
  confidentQuestion,
  matchQuestions,
  prepareQuestions,
  type FigureForMatching,
} from "./match-questions";
import type { QuestionRef } from "./suggestion-types";

const QUESTIONS: QuestionRef[] = [
  {
    id: "killed",
    subject: "Sumgait pogrom",
    measure: "Armenians killed",
    scope: "whole event",
    kind: "count",
  },
  {
    id: "night",
    subject: "Sumgait pogrom",
    measure: "Armenians killed",
    scope: "in one night",
    kind: "count",
  },
  {
    id: "injured",
    subject: "Sumgait pogrom",
    measure: "people injured",
    scope: "whole event",
    kind: "count",
  },
  {
    id: "trial",
    subject: "Sumgait pogrom",
    measure: "people brought to trial",
    scope: "",
    kind: "count",
  },
  { id: "sumgait-dates", subject: "Sumgait pogrom", measure: "dates", scope: "", kind: "date" },
  { id: "baku-dates", subject: "Baku pogrom", measure: "dates", scope: "", kind: "date" },
  { id: "baku-killed", subject: "Baku pogrom", measure: "people killed", scope: "", kind: "count" },
];
const PREPARED = prepareQuestions(QUESTIONS);

function figure(parts: Partial<FigureForMatching>): FigureForMatching {
  return { kind: "quantity", counted: null, sentence: "", nearby: "", ...parts };
}

describe("matchQuestions", () => {
  it.each([
    [
      "subject in the sentence, counted noun and outcome as the measure's",
      figure({
        counted: "Armenian nationals killed",
        sentence: "26 Armenian nationals were killed in Sumgait over three days.",
      }),
      "killed",
      "killed",
    ],
    [
      "a massacre is a pogrom, and citizens of Armenian nationality are Armenians",
      figure({
        counted: "citizens of Armenian nationality killed",
        sentence: "26 citizens of Armenian nationality were killed in the riots.",
        nearby: "The Sumgait massacre was a landmark event.",
      }),
      "killed",
      "killed",
    ],
    [
      "the narrow scope named in the sentence",
      figure({
        counted: "Armenians killed",
        sentence: "In just one night in Sumgait, more than 100 Armenians were killed.",
      }),
      "night",
      "night",
    ],
    [
      "people injured: wounded is injured",
      figure({
        counted: "wounded and maimed",
        sentence: "In Sumgait hundreds were wounded and maimed.",
      }),
      "injured",
      "injured",
    ],
    [
      "brought to trial",
      figure({
        counted: "people brought to trial",
        sentence: "Of the Sumgait rioters, only about 90 people were brought to trial.",
      }),
      "trial",
      "trial",
    ],
    [
      "a date named with its subject",
      figure({
        kind: "date",
        sentence: "Ethnic cleansing occurred in Sumgait on February 27-29, 1988.",
      }),
      "sumgait-dates",
      "sumgait-dates",
    ],
    [
      "a date whose subject is only nearby: listed, not proposed",
      figure({
        kind: "date",
        sentence: "Thirty-three years ago, murders continued for a week.",
        nearby: "Baku pogroms marked the beginning. Thirty-three years ago, murders continued.",
      }),
      "baku-dates",
      null,
    ],
    [
      "a figure with nothing in common with any question",
      figure({ counted: "kilometers", sentence: "The town is 25 kilometers from the capital." }),
      undefined,
      null,
    ],
  ])("%s", (_name, fig, first, confident) => {
    const matches = matchQuestions(fig, PREPARED);
    expect(matches[0]?.questionId).toBe(first);
    expect(confidentQuestion(matches)).toBe(confident);
  });

  it("never lists a question whose outcome differs from the figure's", () => {
    const matches = matchQuestions(
      figure({
        counted: "people injured",
        sentence: "In Sumgait more than a hundred people were injured.",
      }),
      PREPARED,
    );
    expect(matches.map((m) => m.questionId)).not.toContain("killed");
    expect(matches.map((m) => m.questionId)).not.toContain("trial");
  });

  it("never lists a question of another kind", () => {
    const date = matchQuestions(
      figure({ kind: "date", sentence: "Sumgait pogrom killings" }),
      PREPARED,
    );
    expect(date.every((m) => m.questionId.endsWith("dates"))).toBe(true);
  });

  it("gives its reasons in words", () => {
    const [best] = matchQuestions(
      figure({ counted: "Armenians killed", sentence: "In Sumgait 26 Armenians were killed." }),
      PREPARED,
    );
    expect(best?.reasons).toEqual([
      "asks for a count",
      "“Sumgait” is named in the sentence",
      "counts the killed, as the measure does",
      "counts Armenians killed, like “Armenians killed”",
    ]);
  });

  it("proposes none when two questions are as good", () => {
    expect(
      confidentQuestion([
        { questionId: "a", score: 0.8, reasons: [] },
        { questionId: "b", score: 0.75, reasons: [] },
      ]),
    ).toBeNull();
  });
});
