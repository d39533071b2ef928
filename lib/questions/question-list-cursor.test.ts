import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decodeCursor, encodeCursor } from "./question-list-cursor";

describe("question list cursors", () => {
  test("round-trip any cursor, labels in any script included", () => {
    fc.assert(
      fc.property(
        fc.record({
          rank: fc.integer({ min: 0, max: 3 }),
          // Stored divergences are 0 or more; JSON writes -0 as 0.
          divergence: fc.double({ min: 0, max: 1e15, noNaN: true }).map((d) => d + 0),
          label: fc.string({ unit: "grapheme" }),
          id: fc.string(),
        }),
        (cursor) => {
          const token = encodeCursor(cursor);
          expect(token).toMatch(/^[A-Za-z0-9_-]*$/);
          expect(decodeCursor(token)).toEqual(cursor);
        },
      ),
    );
  });

  test.each(["", "not base64!", btoa("[]"), btoa('{"rank":"0"}'), btoa("\u00ff\u00fe")])(
    "refuse %j",
    (token) => {
      expect(decodeCursor(token)).toBeNull();
    },
  );
});
