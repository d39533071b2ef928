import { expect, test } from "vitest";
import { pathWithNul } from "./nul";

test.each([
  [{ title: "ok", text: "a\u0000b" }, "text"],
  [{ quote: { exact: "x\u0000" } }, "quote.exact"],
  [{ authors: ["a", "b\u0000"] }, "authors.1"],
  ["\u0000", ""],
  [{ title: "fine", n: 1, list: [null, true] }, null],
  [null, null],
])("%j → %j", (value, path) => {
  expect(pathWithNul(value)).toBe(path);
});
