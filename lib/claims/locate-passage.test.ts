import { expect, test } from "vitest";
import { locatePassage } from "./locate-passage";

const TEXT =
  "Officials counted 26 dead.\n \nIt should be noted that many fled. It should be noted that some stayed.";

test("offsets from a selection lose the whitespace at their edges", () => {
  const start = TEXT.indexOf("26") - 1;
  const result = locatePassage(TEXT, { start, end: TEXT.indexOf("dead") + 8 });
  expect(result.ok && result.value.exact).toBe("26 dead.");
});

test("a typed quote takes the text's own characters and context", () => {
  const result = locatePassage(TEXT, { exact: "many  fled" });
  expect(result).toMatchObject({
    ok: true,
    value: { exact: "many fled", prefix: expect.stringContaining("noted that ") },
  });
});

test.each([
  [{ exact: "nobody fled" }, "quote_not_found"],
  [{ exact: "It should be noted that" }, "quote_ambiguous"],
  [{ start: 27, end: 29 }, "invalid_range"],
  [{ start: 10, end: 5000 }, "invalid_range"],
])("%j → %s", (quote, code) => {
  const result = locatePassage(TEXT, quote);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.failure.code).toBe(code);
});

test("an ambiguous quote lists where it occurs", () => {
  const result = locatePassage(TEXT, { exact: "It should be noted that" });
  expect(!result.ok && result.failure.occurrenceCount).toBe(2);
  expect(!result.ok && result.failure.occurrences?.[1]?.context).toContain("stayed");
});
