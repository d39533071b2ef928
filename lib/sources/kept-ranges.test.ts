import { describe, expect, test } from "vitest";
import { applyKeptRanges, keepOnly, keepWithout, KeptRangesSchema, pageAt } from "./kept-ranges";

const TEXT = "Menu Home\n\nThe article. 26 killed.\n\nComments: none";

describe("applyKeptRanges", () => {
  test.each([
    { ranges: undefined, text: TEXT },
    { ranges: [[11, 34]] as const, text: "The article. 26 killed." },
    { ranges: [[9, 36]] as const, text: "The article. 26 killed." },
    {
      ranges: [
        [0, 4],
        [11, 23],
      ] as const,
      text: "MenuThe article.",
    },
    {
      ranges: [
        [11, 20],
        [15, 23],
      ] as const,
      text: "The article.",
    },
  ])("keeps $ranges", ({ ranges, text }) => {
    const result = applyKeptRanges(TEXT, ranges);
    expect(result).toEqual({ ok: true, text, pageStarts: [] });
  });

  test("refuses parts beyond the text and a selection of whitespace only", () => {
    expect(applyKeptRanges(TEXT, [[0, 999]]).ok).toBe(false);
    expect(applyKeptRanges(TEXT, [[9, 11]]).ok).toBe(false);
  });

  test("moves page starts with the kept text; a page cut away starts where the next does", () => {
    const pdf = "p1 text\n\np2 text\n\np3 text";
    const result = applyKeptRanges(
      pdf,
      [
        [0, 3],
        [18, 25],
      ],
      [0, 9, 18],
    );
    expect(result).toEqual({ ok: true, text: "p1 p3 text", pageStarts: [0, 3, 3] });
    if (!result.ok) return;
    expect(pageAt(result.pageStarts, 0)).toBe(1);
    expect(pageAt(result.pageStarts, 4)).toBe(3);
  });
});

describe("pageAt", () => {
  test("null without pages; the last page whose start is at or before the offset", () => {
    expect(pageAt([], 5)).toBeNull();
    expect(pageAt([0, 10, 20], 9)).toBe(1);
    expect(pageAt([0, 10, 20], 10)).toBe(2);
    expect(pageAt([0, 10, 20], 500)).toBe(3);
  });
});

describe("KeptRangesSchema", () => {
  test("reads JSON from a form field and refuses empty or reversed parts", () => {
    expect(KeptRangesSchema.parse("[[1,5]]")).toEqual([[1, 5]]);
    expect(KeptRangesSchema.parse("")).toBeUndefined();
    expect(KeptRangesSchema.safeParse("[[5,1]]").success).toBe(false);
    expect(KeptRangesSchema.safeParse("[]").success).toBe(false);
  });
});

describe("keepOnly and keepWithout", () => {
  test.each([
    {
      kept: [[0, 10]],
      start: 2,
      end: 5,
      only: [[2, 5]],
      without: [
        [0, 2],
        [5, 10],
      ],
    },
    {
      kept: [
        [0, 4],
        [6, 10],
      ],
      start: 3,
      end: 7,
      only: [
        [3, 4],
        [6, 7],
      ],
      without: [
        [0, 3],
        [7, 10],
      ],
    },
    {
      kept: [
        [0, 4],
        [6, 10],
      ],
      start: 4,
      end: 6,
      only: [],
      without: [
        [0, 4],
        [6, 10],
      ],
    },
    { kept: [[0, 10]], start: 0, end: 10, only: [[0, 10]], without: [] },
  ] as { kept: [number, number][]; start: number; end: number; only: unknown; without: unknown }[])(
    "$kept at [$start, $end)",
    ({ kept, start, end, only, without }) => {
      expect(keepOnly(kept, start, end)).toEqual(only);
      expect(keepWithout(kept, start, end)).toEqual(without);
    },
  );
});
