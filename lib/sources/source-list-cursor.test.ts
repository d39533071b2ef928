import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decodeSourceCursor, encodeSourceCursor } from "./source-list-cursor";
import { MAX_PAGED_ROWS, SourceListQuerySchema } from "./source-list-schema";

describe("sources list cursors", () => {
  test("a cursor comes back as it went out", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }),
        fc.stringMatching(/^[\w-]{1,40}$/),
        (date, id) => {
          const iso = date.toISOString();
          const cursor = { on: iso.slice(0, 10), at: iso.slice(0, 23).replace("T", " "), id };
          const token = encodeSourceCursor(cursor);
          expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(decodeSourceCursor(token)).toEqual(cursor);
        },
      ),
    );
  });

  test.each([
    ["not base64", "%%%"],
    ["an object", btoa(JSON.stringify({ on: "1988-02-28", at: "1988-02-28 10:00:00", id: "a" }))],
    ["a day that is not one", btoa(JSON.stringify(["28.02.1988", "1988-02-28 10:00:00", "a"]))],
    ["SQL in the timestamp", btoa(JSON.stringify(["1988-02-28", "1988-02-28'; --", "a"]))],
    ["an id with quotes", btoa(JSON.stringify(["1988-02-28", "1988-02-28 10:00:00", "a'b"]))],
  ])("refuses %s", (_label, token) => {
    expect(decodeSourceCursor(token)).toBeNull();
  });
});

describe("the sources list query", () => {
  const cursor = encodeSourceCursor({ on: "1988-02-28", at: "2026-12-01 10:00:00.123", id: "a" });

  test("reads a cursor into its keys", () => {
    const parsed = SourceListQuerySchema.parse({ cursor });
    expect(parsed.cursor).toEqual({ on: "1988-02-28", at: "2026-12-01 10:00:00.123", id: "a" });
    expect(SourceListQuerySchema.parse({ cursor: "" }).cursor).toBeUndefined();
  });

  test("numbered pages go as deep as MAX_PAGED_ROWS rows and no further", () => {
    const lastPage = MAX_PAGED_ROWS / 50;
    expect(SourceListQuerySchema.safeParse({ page: lastPage, pageSize: 50 }).success).toBe(true);
    const deeper = SourceListQuerySchema.safeParse({ page: lastPage + 1, pageSize: 50 });
    expect(deeper.success).toBe(false);
    expect(deeper.error?.issues[0]?.path).toEqual(["page"]);
  });

  test("refuses a page and a cursor together, and a cursor it did not give", () => {
    expect(SourceListQuerySchema.safeParse({ page: 2, cursor }).success).toBe(false);
    expect(SourceListQuerySchema.safeParse({ page: 1, cursor }).success).toBe(true);
    const forged = SourceListQuerySchema.safeParse({ cursor: "abc" });
    expect(forged.error?.issues[0]?.path).toEqual(["cursor"]);
  });
});
