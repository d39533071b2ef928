import { describe, expect, test } from "vitest";
import { mapPageStarts } from "./page-starts";

const PAGE_1 = "The first page of the report says that the commission met twice in March.";
const PAGE_2 = "The second page lists the 26 people who were killed, by town and by day.";
const PAGE_3 = "The third page thanks the witnesses who spoke to the commission in Baku.";

describe("mapPageStarts", () => {
  test("pages follow their first words when text before them is corrected", () => {
    const old = [PAGE_1, PAGE_2, PAGE_3].join("\n\n");
    const starts = [0, PAGE_1.length + 2, PAGE_1.length + PAGE_2.length + 4];
    const fixed = old.replace("met twice", "met only twice, in secret,");
    const mapped = mapPageStarts(old, fixed, starts);
    expect(mapped).toEqual([0, fixed.indexOf("The second"), fixed.indexOf("The third")]);
  });

  test("no pages, no starts; starts never go backwards", () => {
    expect(mapPageStarts("a", "b", [])).toEqual([]);
    const mapped = mapPageStarts(PAGE_1 + PAGE_2, "short", [0, PAGE_1.length]);
    expect(mapped[1]).toBeGreaterThanOrEqual(mapped[0]!);
    expect(mapped[1]).toBeLessThanOrEqual(5);
  });
});
