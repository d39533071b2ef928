import { describe, expect, it } from "vitest";
import type { QuestionKind } from "@/lib/questions/question-kinds";
import { ambiguousBest, rankStatedCandidates } from "./stated-candidates";

const WIKI =
  "The official death toll released by the Prosecutor General of the USSR was 32 people (26 Armenians and 6 Azerbaijanis), although some have revised this figure up into the hundreds.";
const TRIBUNE =
  "Gorgisyan said his 32-year-old sister was stabbed to death Friday, and that Azeris had killed at least two other Armenians over three days.";

// [name, kind, quote, measure, best wording, ambiguous?]
const cases: Array<[string, QuestionKind, string, string | null, string, boolean]> = [
  [
    "the measure's counted noun picks the figure",
    "count",
    WIKI,
    "Armenians killed",
    "26 Armenians",
    false,
  ],
  [
    "a kindred word (“death toll”) beside the figure",
    "count",
    WIKI,
    "people killed",
    "32 people",
    false,
  ],
  [
    "without a measure, the first figure that is not a span of time",
    "count",
    WIKI,
    null,
    "32 people",
    false,
  ],
  [
    "ages and spans of time are passed over",
    "count",
    TRIBUNE,
    "Armenians killed",
    "at least two other Armenians",
    false,
  ],
  [
    "two figures that fit equally well are ambiguous",
    "count",
    "Clashes left 6 Azeris and 26 Armenians dead.",
    "people killed",
    "6 Azeris",
    true,
  ],
  [
    "a relative phrase over the year it counts from",
    "date",
    "The pogroms of 1988 were followed a year later by the expulsion.",
    "expulsion",
    "a year later",
    false,
  ],
  [
    "the measure's words next to a date",
    "date",
    "Riots broke out on February 27, 1988, and troops imposed a curfew on February 29, 1988.",
    "curfew imposed",
    "February 29, 1988",
    false,
  ],
  [
    "days over the year they fall in",
    "date",
    "In 1990 the pogroms in Baku lasted from 13 to 20 January 1990.",
    "dates",
    "from 13 to 20 January 1990",
    false,
  ],
  [
    "a measurement is not a count",
    "count",
    "Sumgait, 25 km north of Baku, where 26 people were killed",
    "people killed",
    "26 people",
    false,
  ],
  [
    "words saying the figure is not known win when they fit the measure",
    "count",
    "26 people were killed, and an unknown number of people were injured.",
    "people injured",
    "an unknown number",
    false,
  ],
];

describe("rankStatedCandidates", () => {
  it.each(cases)("%s", (_name, kind, quote, measure, best, ambiguous) => {
    const ranked = rankStatedCandidates({ kind, quote, measure, reference: null });
    expect(ranked[0]?.wording).toBe(best);
    expect(ambiguousBest(ranked, measure) !== null).toBe(ambiguous);
    for (const candidate of ranked)
      expect(quote.slice(candidate.start, candidate.end)).toBe(candidate.wording);
  });

  it("returns every candidate with its reasons, best first", () => {
    const ranked = rankStatedCandidates({
      kind: "count",
      quote: WIKI,
      measure: "Armenians killed",
      reference: null,
    });
    expect(ranked.map((c) => c.wording)).toEqual([
      "26 Armenians",
      "hundreds",
      "32 people",
      "6 Azerbaijanis",
    ]);
    expect(ranked[0]?.reasons.join(" ")).toContain("counts");
    expect(ranked.map((c) => c.score)).toEqual(
      [...ranked.map((c) => c.score)].sort((a, b) => b - a),
    );
  });

  it("does not call equal values ambiguous", () => {
    const ranked = rankStatedCandidates({
      kind: "count",
      quote: "Tass said 31 died; later it repeated that 31 died.",
      measure: "people killed",
      reference: null,
    });
    expect(ambiguousBest(ranked, "people killed")).toBeNull();
  });
});
