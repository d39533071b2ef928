import { describe, expect, test } from "vitest";
import { decodeTrashCursor, encodeTrashCursor } from "./trash-cursor";
import { MAX_TRASH_ROWS, TRASH_PAGE_SIZE, TrashQuerySchema } from "./trash-kinds";

describe("the trash's cursor", () => {
  test("comes back as it went, to the millisecond", () => {
    const cursor = { deletedAt: new Date("2026-12-02T16:40:05.123Z"), id: "cm4x9abc_def-1" };
    expect(decodeTrashCursor(encodeTrashCursor(cursor))).toEqual(cursor);
  });

  test.each([
    ["not base64 JSON", "%%%"],
    ["a number", btoa("5")],
    ["one field", btoa(JSON.stringify(["2026-12-02T16:40:05.123Z"]))],
    ["a date not as toISOString writes it", btoa(JSON.stringify(["2026-12-02", "a1"]))],
    ["an impossible date", btoa(JSON.stringify(["2026-13-45T00:00:00.000Z", "a1"]))],
    ["an id with a quote", btoa(JSON.stringify(["2026-12-02T16:40:05.123Z", "a'1"]))],
  ])("refuses %s", (_, token) => {
    expect(decodeTrashCursor(token)).toBeNull();
  });
});

describe("?kind=&page=&cursor= of the trash", () => {
  test("defaults to the newest sources", () => {
    expect(TrashQuerySchema.parse({})).toEqual({ kind: "source", page: 1 });
  });

  test("numbered pages reach MAX_TRASH_ROWS and no further", () => {
    const last = MAX_TRASH_ROWS / TRASH_PAGE_SIZE;
    expect(TrashQuerySchema.parse({ page: String(last) }).page).toBe(last);
    const deeper = TrashQuerySchema.safeParse({ page: String(last + 1) });
    expect(deeper.error?.issues[0]?.message).toBe(
      "page is too deep: past the first 10,000 records, follow nextCursor",
    );
  });

  test("takes a cursor it gave, not one it did not, and not with a page", () => {
    const token = encodeTrashCursor({ deletedAt: new Date(0), id: "c1" });
    expect(TrashQuerySchema.parse({ kind: "claim", cursor: token }).cursor).toEqual({
      deletedAt: new Date(0),
      id: "c1",
    });
    expect(TrashQuerySchema.safeParse({ cursor: "abc" }).error?.issues[0]?.message).toBe(
      "cursor is not one this list gave",
    );
    expect(TrashQuerySchema.safeParse({ cursor: token, page: "2" }).error?.issues[0]?.message).toBe(
      "give a page or a cursor, not both",
    );
    expect(TrashQuerySchema.safeParse({ kind: "user" }).error?.issues[0]?.message).toBe(
      "kind is source, question or claim",
    );
  });
});
