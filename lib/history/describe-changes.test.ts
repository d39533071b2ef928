import { describe, expect, test } from "vitest";
import { describeChanges, show } from "./describe-changes";

describe("describeChanges", () => {
  test("names each field with its value before and after", () => {
    const [line] = describeChanges([
      {
        version: 4,
        actorName: "ana@example.org",
        at: new Date(0),
        changed: ["note", "parsedValue", "stated"],
        before: { note: null, stated: "26" },
        after: { note: "checked", stated: "26 people" },
      },
    ]);
    expect(line).toBe(
      "version 4, by ana@example.org: note (empty) → “checked”; stated words “26” → “26 people”",
    );
  });

  test.each([
    [null, "(empty)"],
    [true, "yes"],
    [["a", "b"], "“a”, “b”"],
    [{ wording: "hundreds", low: 200 }, "“hundreds”"],
    [{ low: 1 }, '{"low":1}'],
    ["x".repeat(100), `“${"x".repeat(77)}…”`],
  ])("show(%j) → %s", (value, words) => {
    expect(show(value)).toBe(words);
  });
});
