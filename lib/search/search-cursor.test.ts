import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { decodeSearchCursor, encodeSearchCursor } from "./search-cursor";

describe("search cursors", () => {
  test("a cursor comes back as it went out", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n + 0),
        fc.stringMatching(/^[a-z0-9]{1,30}$/),
        (score, id) => {
          expect(decodeSearchCursor(encodeSearchCursor({ score, id }))).toEqual({ score, id });
        },
      ),
    );
  });

  test.each([
    ["not base64", "%%%"],
    ["not JSON", btoa("nope")],
    ["an object", btoa(JSON.stringify({ score: 1, id: "a" }))],
    ["a string score", btoa(JSON.stringify(["1", "a"]))],
    ["an id with quotes", btoa(JSON.stringify([1, "a'b"]))],
    ["an empty id", btoa(JSON.stringify([1, ""]))],
  ])("refuses %s", (_label, token) => {
    expect(decodeSearchCursor(token)).toBeNull();
  });
});
