import { describe, expect, it } from "vitest";
import { findQuotations, quotationAround } from "./quotations";

function quoted(text: string): string[] {
  return findQuotations(text).map((q) => text.slice(q.start, q.end));
}

describe("findQuotations", () => {
  it.each([
    ["curly marks", "He said “26 died” today.", ["“26 died”"]],
    [
      "curly marks nested",
      "“Operation “Ring” began,” it said.",
      ["“Operation “Ring” began,”", "“Ring”"],
    ],
    ["straight marks alternate", 'A "first" and a "second".', ['"first"', '"second"']],
    [
      "a straight closing mark after a space",
      '"The Armenians suffered. For years thousands died, "Artak Beglaryan emphasized.',
      ['"The Armenians suffered. For years thousands died, "'],
    ],
    ["a stray mark closed by no paragraph", 'A "stray mark.\n\nA "real" one.', ['"real"']],
    ["guillemets", "Il a dit «26 morts».", ["«26 morts»"]],
  ])("%s", (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it("gives the outermost quotation around a span", () => {
    const text = "“Operation “Ring” began,” it said.";
    const ring = text.indexOf("Ring");
    expect(quotationAround(findQuotations(text), { start: ring, end: ring + 4 })).toEqual({
      start: 0,
      end: text.indexOf(" it"),
    });
    expect(quotationAround(findQuotations(text), { start: 30, end: 32 })).toBeNull();
  });
});
