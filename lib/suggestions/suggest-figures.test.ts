import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestFigures } from "./suggest-figures";
import type { QuestionRef } from "./suggestion-types";

const corpus = (file: string) =>
  readFileSync(new URL(`../../seed/corpus/${file}`, import.meta.url), "utf8");
const ARMINFO = corpus("arminfo-sumgait-ombudsman.txt");
const MFA = corpus("artsakh-mfa-baku-pogroms.txt");

const QUESTIONS: QuestionRef[] = [
  {
    id: "killed",
    subject: "Sumgait pogrom",
    measure: "Armenians killed",
    scope: "whole event",
    kind: "count",
  },
  {
    id: "injured",
    subject: "Sumgait pogrom",
    measure: "people injured",
    scope: "whole event",
    kind: "count",
  },
  { id: "sumgait-dates", subject: "Sumgait pogrom", measure: "dates", scope: "", kind: "date" },
  { id: "baku-killed", subject: "Baku pogrom", measure: "people killed", scope: "", kind: "count" },
];

describe("suggestFigures on the ArmInfo text", () => {
  const suggestions = suggestFigures(ARMINFO, {
    reference: { year: 2020, month: 2 },
    questions: QUESTIONS,
  });
  const byWording = (wording: string) => suggestions.find((s) => s.wording === wording);

  it("suggests every figure and date an editor recorded from it, in reading order", () => {
    const wordings = suggestions.map((s) => s.wording);
    for (const recorded of ["26", "more than a hundred", "hundreds", "February 27-29, 1988"])
      expect(wordings).toContain(recorded);
    const starts = suggestions.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("fills in the recording panel for the official death toll", () => {
    const official = byWording("26");
    expect(official).toMatchObject({
      kind: "quantity",
      counted: "citizens of Armenian nationality killed",
      attribution: { origin: "USSR Prosecutor General's Office", named: true },
      priority: "normal",
      recorded: false,
      dismissed: false,
    });
    expect(official?.questions[0]?.questionId).toBe("killed");
    expect(official?.proposal).toMatchObject({
      stated: { text: "26 citizens of Armenian nationality" },
      origin: "USSR Prosecutor General's Office",
      questionId: "killed",
    });
    expect(official?.proposal.quote.text).toBe(
      "According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots, more than a hundred people were injured.",
    );
  });

  it("matches the injured to the question about the injured, never the killed", () => {
    const injured = byWording("more than a hundred");
    expect(injured?.proposal.questionId).toBe("injured");
    expect(injured?.questions.map((q) => q.questionId)).not.toContain("killed");
  });

  it("marks an unnamed origin as such", () => {
    const unofficial = suggestions.find(
      (s) => s.counted === "Armenians killed" && s.wording === "hundreds",
    );
    expect(unofficial?.proposal.origin).toBe("Unofficial estimates (not named)");
  });

  it("marks a span of time as low priority", () => {
    expect(byWording("several")).toMatchObject({ priority: "low", notes: ["a span of time"] });
  });
});

describe("suggestFigures on the Artsakh MFA text", () => {
  const suggestions = suggestFigures(MFA, {
    reference: { year: 2023, month: 1 },
    questions: QUESTIONS,
  });

  it("reads relative dates against the publication date, and lists the Baku toll", () => {
    const ago = suggestions.find((s) => s.wording === "Thirty-three years ago");
    expect(ago?.value).toMatchObject({ type: "date", first: "1990-01-01", last: "1990-12-31" });
    const toll = suggestions.find((s) => s.wording === "between 150 and 300");
    expect(toll).toMatchObject({
      counted: "people killed",
      proposal: { origin: "Various sources (not named)" },
    });
    expect(toll?.questions[0]?.questionId).toBe("baku-killed");
  });

  it("explains a relative date it cannot read without a publication date", () => {
    const ago = suggestFigures(MFA).find((s) => s.wording === "Thirty-three years ago");
    expect(ago).toMatchObject({ value: null, problem: expect.stringContaining("reference") });
  });

  it("attributes a figure in a quoted statement to its speaker", () => {
    const thousands = suggestions.find((s) => s.wording === "thousands");
    expect(thousands?.attribution?.origin).toBe("Foreign Ministry");
  });
});

describe("suggestFigures marks", () => {
  const text = "Intro line.\nOfficials said 26 people were killed. Police said 40 were arrested.";

  it("dismissed and recorded figures, keeping them", () => {
    const first = suggestFigures(text);
    const dismissedKey = first[1]?.key ?? "";
    const at = text.indexOf("26");
    const marked = suggestFigures(text, {
      dismissed: [dismissedKey],
      recorded: [{ start: at, end: at + 9 }],
    });
    expect(marked.map((s) => [s.wording, s.recorded, s.dismissed])).toEqual([
      ["26", true, false],
      ["40", false, true],
    ]);
  });

  it("with keys that survive an edit elsewhere in the text", () => {
    const keys = suggestFigures(text).map((s) => s.key);
    const edited = suggestFigures(`A new first paragraph with 3 figures.\n\n${text}`).map(
      (s) => s.key,
    );
    expect(edited).toEqual(expect.arrayContaining(keys));
  });

  it("and leaves the English-only finders silent for another language", () => {
    const [figure] = suggestFigures(text, { language: "de" });
    expect(figure).toMatchObject({ wording: "26", attribution: null });
  });

  it("a weekday with the date it most likely is", () => {
    const [saturday] = suggestFigures("The strike came Saturday, officials said.", {
      reference: { year: 2013, month: 4, day: 7 },
    });
    // The date readers read weekdays themselves (relative.weekday), from the publication date.
    expect(saturday).toMatchObject({
      kind: "date",
      value: { first: "2013-04-06", last: "2013-04-06", rule: "relative.weekday" },
      proposal: { override: null },
    });
  });
});

describe("suggestFigures on any text", () => {
  it("never throws, and its offsets, sentences and proposals hold together", () => {
    const words = fc.constantFrom(
      "26",
      "people",
      "were",
      "killed",
      "hundreds",
      "of",
      "Armenians",
      "said",
      "officials",
      "In",
      "1988",
      "February",
      "27-29,",
      "according",
      "to",
      "the",
      "Ministry",
      ".",
      ",",
      "“",
      "”",
      '"',
      "\n",
      "Saturday",
      "more",
      "than",
      "U.S.",
      "1-866-512-1800",
      "—",
      "(",
      ")",
      "3:15",
      "Feb.",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join(" ");
        for (const s of suggestFigures(text, { reference: { year: 2020, month: 2, day: 15 } })) {
          expect(text.slice(s.start, s.end)).toBe(s.wording);
          expect(s.sentence.start <= s.start && s.end <= s.sentence.end).toBe(true);
          const { quote, stated } = s.proposal;
          expect(text.slice(quote.start, quote.end)).toBe(quote.text);
          expect(quote.start <= stated.start && stated.end <= quote.end).toBe(true);
          expect(stated.start <= s.start && s.end <= stated.end).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
