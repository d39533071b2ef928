import { describe, expect, test } from "vitest";
import { effectiveValue, proposeStated, readStatedValue, referenceOf } from "./claim-value";
import type { QuestionKind } from "@/lib/questions/question-kinds";

function stateAndRead(kind: QuestionKind, quote: string, published: string | null = null) {
  const reference = referenceOf(published);
  const span = proposeStated(kind, quote, reference);
  if (!span) return { stated: null, result: null };
  return {
    stated: quote.slice(span.start, span.end),
    result: readStatedValue(kind, quote, span, reference),
  };
}

describe("proposeStated + readStatedValue on corpus passages", () => {
  test("the official Sumgait count", () => {
    const { stated, result } = stateAndRead(
      "count",
      "According to official data from the USSR Prosecutor General's Office, 26 citizens of Armenian nationality were killed in the riots",
    );
    expect(stated).toMatch(/^26/);
    expect(result).toMatchObject({ ok: true, value: { kind: "exact", best: 26 } });
  });

  test("a span of time is passed over for the figure", () => {
    const { stated, result } = stateAndRead(
      "count",
      "According to official Soviet data, 26 Armenian nationals were killed in Sumgait over three days",
    );
    expect(stated).toMatch(/^26/);
    expect(result).toMatchObject({ ok: true, value: { best: 26 } });
  });

  test("a relative date resolves against the publication month", () => {
    const { stated, result } = stateAndRead(
      "date",
      "Thirty-three years ago, murders, robberies, violence and atrocities",
      "2023-01",
    );
    expect(stated).toBe("Thirty-three years ago");
    expect(result).toMatchObject({ ok: true, value: { relative: true } });
    if (result?.ok && result.value.type === "date")
      expect(result.value.first?.slice(0, 4)).toBe("1990");
  });

  test("without a publication date a relative date asks for one", () => {
    const { result } = stateAndRead("date", "Thirty-three years ago, murders", null);
    expect(result).toMatchObject({ ok: false, code: "needs-reference-date" });
  });

  test("a month range ends on the last day of its last month", () => {
    const { result } = stateAndRead("date", "in April-August 1991, OMON units");
    expect(result).toMatchObject({ ok: true, value: { first: "1991-04-01", last: "1991-08-31" } });
  });

  test("nothing to propose in words without a figure", () => {
    expect(proposeStated("count", "People were killed in their homes", null)).toBeNull();
  });
});

describe("effectiveValue", () => {
  const parsed = readStatedValue("count", "hundreds of Armenians", { start: 0, end: 8 }, null);

  test("keeps the parsed value and applies the override on top", () => {
    const result = effectiveValue(
      "count",
      parsed,
      { low: { value: 100, inclusive: true } },
      "hundreds",
    );
    expect(result).toMatchObject({
      ok: true,
      value: { low: { value: 100 }, overridden: true },
      parsed: { rule: expect.any(String) },
    });
  });

  test("an override alone is enough when the parser read nothing", () => {
    const unread = readStatedValue("count", "many", { start: 0, end: 4 }, null);
    expect(unread.ok).toBe(false);
    expect(effectiveValue("count", unread, { best: 40 }, "many")).toMatchObject({
      ok: true,
      value: { low: { value: 40 }, high: { value: 40 }, kind: "exact", rule: "editor.override" },
      parsed: null,
    });
  });

  test("unparseable words with no override are a problem with the parser's reason", () => {
    const unread = readStatedValue("count", "many", { start: 0, end: 4 }, null);
    const result = effectiveValue("count", unread, null, "many");
    expect(result).toMatchObject({ ok: false, code: "value_unparseable" });
  });

  test("date numbers for a count question are refused", () => {
    expect(effectiveValue("count", parsed, { first: "1988-02-27" }, "hundreds")).toMatchObject({
      ok: false,
      code: "value_kind_mismatch",
    });
  });

  test("a date read where a number is asked for is refused", () => {
    const date = readStatedValue("date", "In November 1988", { start: 0, end: 16 }, null);
    expect(effectiveValue("count", date, null, "In November 1988")).toMatchObject({
      ok: false,
      code: "value_unparseable",
    });
  });
});

test.each([
  ["2023-01", { year: 2023, month: 1 }],
  ["2024-02-29", { year: 2024, month: 2, day: 29 }],
  ["1990", { year: 1990 }],
  [null, null],
])("referenceOf(%j)", (published, expected) => {
  expect(referenceOf(published)).toEqual(expected);
});
