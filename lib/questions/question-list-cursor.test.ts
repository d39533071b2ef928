import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decodeCursor, encodeCursor } from "./question-list-cursor";

describe("question list cursors", () => {
  test("round-trip any cursor, labels in any script included", () => {
    fc.assert(
      fc.property(
        fc.record({
          order: fc.constant("divergent" as const),
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

  test("round-trip a cursor of the label order, which names its order", () => {
    const cursor = { order: "label" as const, label: "sumgait pogrom — killed", id: "q1" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    // A token of the divergent order written before there were two orders still reads.
    const old = btoa(JSON.stringify({ rank: 0, divergence: 2.5, label: "a", id: "q1" }));
    expect(decodeCursor(old)).toEqual({
      order: "divergent",
      rank: 0,
      divergence: 2.5,
      label: "a",
      id: "q1",
    });
  });

  test.each([
    "",
    "not base64!",
    btoa("[]"),
    btoa('{"rank":"0"}'),
    btoa("\u00ff\u00fe"),
    btoa('{"order":"size","label":"a","id":"b"}'),
  ])("refuse %j", (token) => {
    expect(decodeCursor(token)).toBeNull();
  });
});
