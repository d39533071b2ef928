import { expect, test } from "vitest";
import { nameKey } from "./name-key";

test.each([
  ["USSR Prosecutor General's Office", "USSR Prosecutor General\u2019s Office"],
  ["Sumgait pogrom", "  sumgait\u00a0 POGROM "],
  ["Operation “Ring”", 'operation "ring"'],
  ["1991–1994", "1991-1994"],
])("%j and %j are the same name", (a, b) => {
  expect(nameKey(a)).toBe(nameKey(b));
});

test("different words stay different", () => {
  expect(nameKey("Baku pogrom")).not.toBe(nameKey("Sumgait pogrom"));
});
