import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { alignTexts } from "./align-texts";
import { changedParts, charKept, foreignShare, mapRange } from "./alignment-map";

describe("alignTexts and the alignment map", () => {
  const before = "One. Two sentences here. Three is the figure. Four is last.";
  const after = "One. Two sentences there. Three is the figure. Inserted. Four is last.";
  const alignment = alignTexts(before, after);

  it("keeps unchanged sentences and words, and maps a kept range by its shift", () => {
    const at = before.indexOf("Three is the figure.");
    expect(mapRange(alignment, at, at + 20)).toEqual({
      start: after.indexOf("Three is the figure."),
      end: after.indexOf("Three is the figure.") + 20,
      intact: true,
    });
  });

  it("maps a range with an edited word over its new letters", () => {
    const at = before.indexOf("sentences here.");
    const mapped = mapRange(alignment, at, at + "sentences here.".length);
    expect(mapped.intact).toBe(false);
    expect(after.slice(mapped.start, mapped.end)).toBe("sentences there.");
    expect(charKept(alignment, at)).toBe(true);
  });

  it("lists the changed parts of the new text", () => {
    expect(changedParts(alignment).map((p) => after.slice(p.start, p.end))).toEqual([
      "t",
      "Inserted. ",
    ]);
    expect(alignment.kept.reduce((sum, k) => sum + k.length, 0)).toBe(before.length);
  });

  it("counts words kept from elsewhere as foreign to a passage", () => {
    const own = before.indexOf("Three");
    const other = after.indexOf("Four");
    expect(foreignShare(alignment, other, other + 5, own, own + 5)).toBe(1);
    expect(
      foreignShare(alignment, after.indexOf("Three"), after.indexOf("Three") + 5, own, own + 5),
    ).toBe(0);
  });

  it("keeps stretches in order, equal in both texts, within both texts", () => {
    const text = fc.string({ unit: fc.constantFrom(..."ab. xy!"), maxLength: 60 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { kept } = alignTexts(a, b);
        let oldEnd = 0;
        let newEnd = 0;
        for (const k of kept) {
          expect(k.oldStart >= oldEnd && k.newStart >= newEnd && k.length > 0).toBe(true);
          expect(a.slice(k.oldStart, k.oldStart + k.length)).toBe(
            b.slice(k.newStart, k.newStart + k.length),
          );
          oldEnd = k.oldStart + k.length;
          newEnd = k.newStart + k.length;
        }
        expect(oldEnd <= a.length && newEnd <= b.length).toBe(true);
      }),
    );
  });
});
