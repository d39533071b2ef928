import { describe, expect, it } from "vitest";

import { changedWordCounts, wordChanges } from "./word-changes";

describe("changedWordCounts", () => {
  it.each([
    { before: "the city of Sumgait", after: "the city of Sumgait", removed: 0, added: 0 },
    { before: "Peoplc who escaped", after: "People who escaped", removed: 0, added: 0 },
    { before: "the Armen- ian population", after: "the Armenian population", removed: 0, added: 0 },
    { before: "brutal reprisals", after: "such brutal reprisals", removed: 0, added: 1 },
    { before: "the riots in the city", after: "the riots in the town", removed: 1, added: 1 },
    { before: "killed in the riots", after: "injured in the riots", removed: 1, added: 1 },
    { before: "a b c d", after: "w x y z", removed: 4, added: 4 },
  ])("$before → $after", ({ before, after, removed, added }) => {
    expect(changedWordCounts(before, after)).toEqual({ removed, added });
  });
});

describe("wordChanges", () => {
  it("gives the runs of a word-level diff, text included", () => {
    expect(wordChanges("To recalll, ethnic", "To recall, ethnic")).toEqual([
      { kind: "same", text: "To " },
      { kind: "removed", text: "recalll" },
      { kind: "added", text: "recall" },
      { kind: "same", text: ", ethnic" },
    ]);
  });
});
