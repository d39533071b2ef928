import { describe, expect, test } from "vitest";
import { FingerprintedCache } from "./fingerprinted-cache";

const cache = (maxBytes = 100) =>
  new FingerprintedCache<{ body: string }>({ maxBytes, sizeOf: (value) => value.body.length });

describe("FingerprintedCache", () => {
  test("gives a value back only for the fingerprint it was made from", () => {
    const answers = cache();
    answers.set("q1", "f1", { body: "one" });
    expect(answers.get("q1", "f1")).toEqual({ body: "one" });
    expect(answers.get("q1", "f2")).toBeUndefined();
    expect(answers.get("q1", null)).toBeUndefined();
    expect(answers.get("q2", "f1")).toBeUndefined();
    expect(answers.held("q1")).toEqual({ fingerprint: "f1", value: { body: "one" } });
  });

  test("a newer value replaces the older; one without a fingerprint drops it", () => {
    const answers = cache();
    answers.set("q1", "f1", { body: "one" });
    answers.set("q1", "f2", { body: "two" });
    expect(answers.get("q1", "f1")).toBeUndefined();
    expect(answers.get("q1", "f2")).toEqual({ body: "two" });
    answers.set("q1", null, { body: "three" });
    expect(answers.held("q1")).toBeUndefined();
  });

  test("holds at most its size, the least recently used going first", () => {
    const answers = cache(10);
    answers.set("a", "f", { body: "aaaa" });
    answers.set("b", "f", { body: "bbbb" });
    answers.get("a", "f");
    answers.set("c", "f", { body: "cccc" });
    expect(answers.held("b")).toBeUndefined();
    expect(answers.get("a", "f")).toEqual({ body: "aaaa" });
    expect(answers.get("c", "f")).toEqual({ body: "cccc" });
    expect(answers.size).toBe(8);
    // Larger than the whole cache: not kept, and nothing else is pushed out for it.
    answers.set("d", "f", { body: "d".repeat(11) });
    expect(answers.held("d")).toBeUndefined();
    expect(answers.size).toBe(8);
  });
});
