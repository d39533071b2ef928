import { describe, expect, it } from "vitest";

import { segmentRanges } from "./segment-ranges";

describe("segmentRanges", () => {
  it.each([
    {
      name: "a paragraph with no passages is one plain segment",
      ranges: [],
      segments: [{ start: 100, end: 200, ids: [] }],
    },
    {
      name: "a passage inside the paragraph",
      ranges: [{ start: 120, end: 130, id: "a" }],
      segments: [
        { start: 100, end: 120, ids: [] },
        { start: 120, end: 130, ids: ["a"] },
        { start: 130, end: 200, ids: [] },
      ],
    },
    {
      name: "overlapping passages",
      ranges: [
        { start: 110, end: 140, id: "a" },
        { start: 130, end: 160, id: "b" },
      ],
      segments: [
        { start: 100, end: 110, ids: [] },
        { start: 110, end: 130, ids: ["a"] },
        { start: 130, end: 140, ids: ["a", "b"] },
        { start: 140, end: 160, ids: ["b"] },
        { start: 160, end: 200, ids: [] },
      ],
    },
    {
      name: "a passage nested in another",
      ranges: [
        { start: 100, end: 200, id: "outer" },
        { start: 150, end: 160, id: "inner" },
      ],
      segments: [
        { start: 100, end: 150, ids: ["outer"] },
        { start: 150, end: 160, ids: ["outer", "inner"] },
        { start: 160, end: 200, ids: ["outer"] },
      ],
    },
    {
      name: "passages across the paragraph's edges, clipped, and one outside it, ignored",
      ranges: [
        { start: 50, end: 110, id: "a" },
        { start: 190, end: 300, id: "b" },
        { start: 0, end: 100, id: "before" },
      ],
      segments: [
        { start: 100, end: 110, ids: ["a"] },
        { start: 110, end: 190, ids: [] },
        { start: 190, end: 200, ids: ["b"] },
      ],
    },
    {
      name: "touching ranges of one claim, merged",
      ranges: [
        { start: 120, end: 130, id: "a" },
        { start: 130, end: 140, id: "a" },
      ],
      segments: [
        { start: 100, end: 120, ids: [] },
        { start: 120, end: 140, ids: ["a"] },
        { start: 140, end: 200, ids: [] },
      ],
    },
    {
      name: "empty, reversed and non-numeric ranges, ignored",
      ranges: [
        { start: 120, end: 120, id: "empty" },
        { start: 150, end: 140, id: "reversed" },
        { start: Number.NaN, end: 150, id: "nan" },
      ],
      segments: [{ start: 100, end: 200, ids: [] }],
    },
  ])("$name", ({ ranges, segments }) => {
    expect(segmentRanges(100, 200, ranges)).toEqual(segments);
  });

  it("returns nothing for an empty or reversed paragraph", () => {
    expect(segmentRanges(5, 5, [{ start: 0, end: 10, id: "a" }])).toEqual([]);
    expect(segmentRanges(10, 5, [])).toEqual([]);
  });
});
