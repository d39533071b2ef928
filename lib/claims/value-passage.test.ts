import { describe, expect, test } from "vitest";
import { valuePassage } from "./value-passage";

const passages = [
  { id: "other", sourceId: "s2", start: 0, exact: "26 people were killed" },
  { id: "late", sourceId: "s1", start: 90, exact: "26 people were killed in all" },
  { id: "plain", sourceId: "s1", start: 10, exact: "the riots went on for days" },
  { id: "early", sourceId: "s1", start: 40, exact: "26\u00a0people were killed" },
];

describe("valuePassage", () => {
  test.each([
    ["the first own passage holding the stated words", "26 people", "early"],
    ["a passage holding other words", "for days", "plain"],
    ["none when only another source's passage holds them", "were killed in all", "late"],
  ])("%s", (_name, stated, expected) => {
    expect(valuePassage(passages, "s1", stated)?.id).toBe(expected);
  });

  test("null when no passage of the claim's source holds the stated words", () => {
    expect(valuePassage(passages, "s1", "thirty")).toBeNull();
    expect(valuePassage(passages.slice(0, 1), "s1", "26 people")).toBeNull();
  });

  test("a passage without a source id belongs to the claim's source", () => {
    expect(valuePassage([{ start: 0, exact: "7 wounded" }], "s1", "7")).not.toBeNull();
  });
});
