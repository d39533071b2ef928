import { describe, expect, it } from "vitest";
import { findQuantities } from "./find-quantities";

const PASSAGE =
  "According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots, more than a hundred people were injured. According to unofficial estimates, hundreds of Armenians were killed. During the clean-up operation, injuries of varying severity were received by 276 servicemen. On February 29, 1988, at a meeting of the Politburo";

describe("findQuantities", () => {
  it("finds every figure in a passage, in order, with offsets that slice out its wording", () => {
    const found = findQuantities(PASSAGE);
    expect(found.map((m) => PASSAGE.slice(m.start, m.end))).toEqual([
      "26",
      "more than a hundred",
      "hundreds",
      "276",
    ]);
    for (const m of found) expect(PASSAGE.slice(m.start, m.end)).toBe(m.value.wording);
  });

  it("skips years, dates, times and ordinals", () => {
    const text =
      "In 1991, the 4th Army, at 15:03 on 20 January 1990 and in 1988-1990, lost 300 men.";
    expect(findQuantities(text).map((m) => m.value.wording)).toEqual(["300"]);
  });

  it("marks spans of time", () => {
    const text = "26 Armenian nationals were killed in Sumgait over three days";
    expect(findQuantities(text).map((m) => [m.value.wording, m.isDuration])).toEqual([
      ["26", false],
      ["three", true],
    ]);
  });

  it("counts offsets in UTF-16 code units, as JavaScript strings do", () => {
    const text = "😀 “more than 100” people";
    const [match] = findQuantities(text);
    expect(match && text.slice(match.start, match.end)).toBe("more than 100");
  });

  it("returns nothing for text without figures", () => {
    expect(findQuantities("Numerous speakers called for punishment.")).toEqual([]);
    expect(findQuantities("")).toEqual([]);
  });

  it("does not count clock times", () => {
    const text =
      "Seven trains had crossed into Armenia by 6 a.m. today, under a 10 p.m.-6 a.m. curfew.";
    expect(findQuantities(text).map((m) => m.value.wording)).toEqual(["Seven"]);
  });
});
