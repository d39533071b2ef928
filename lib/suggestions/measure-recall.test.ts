import { describe, expect, it } from "vitest";
import { measureRecall } from "./measure-recall";

const TEXT = "In 1988, 26 people died; 26 more were hurt. Page 2.";

function at(words: string, from = 0) {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length };
}

describe("measureRecall", () => {
  it("counts annotated figures found, missed, and suggestions that are noise", () => {
    const result = measureRecall(
      TEXT,
      [
        { words: "1988", counts: "year" },
        { words: "26 people", counts: "died" },
        { words: "26", occurrence: 2, counts: "hurt" },
        { words: "Page 2", counts: "page", optional: true },
      ],
      [at("1988"), at("26"), at("2", TEXT.indexOf("Page")), at("hurt")],
    );
    expect(result).toMatchObject({ annotated: 3, suggested: 4, found: 2, problems: [] });
    expect(result.missed.map((m) => m.counts)).toEqual(["hurt"]);
    expect(result.noise).toEqual([at("hurt")]);
  });

  it("reports annotations whose words are not in the text", () => {
    const result = measureRecall(TEXT, [{ words: "27 people", counts: "died" }], []);
    expect(result.problems).toEqual(["“27 people” (occurrence 1) is not in the text"]);
    expect(result.annotated).toBe(0);
  });
});
