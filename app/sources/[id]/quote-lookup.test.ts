import { describe, expect, test } from "vitest";
import { lookUpQuote } from "./quote-lookup";

const TEXT =
  "According to official data, 26\u00a0citizens were killed. Later, 26 citizens were buried.";

describe("lookUpQuote", () => {
  test.each([
    ["", "empty"],
    ["official data, 26 citizens", "found"],
    ["26 citizens were", "repeated"],
    ["offical data, 26 citizens", "missing"],
  ])("“%s” is %s", (typed, status) => {
    expect(lookUpQuote(TEXT, typed).status).toBe(status);
  });

  test("a typo: the nearest words of the text are offered, with their offsets", () => {
    const result = lookUpQuote(TEXT, "offical data, 26 citizens");
    expect(result).toMatchObject({
      status: "missing",
      nearest: { text: "official data, 26\u00a0citizens" },
    });
    if (result.status !== "missing" || !result.nearest) throw new Error("no nearest match");
    expect(TEXT.slice(result.nearest.start, result.nearest.end)).toBe(result.nearest.text);
  });

  test("words far from anything in the text: nothing offered", () => {
    expect(lookUpQuote(TEXT, "the harvest was plentiful")).toEqual({
      status: "missing",
      nearest: null,
    });
  });

  test("found words give their offsets into the text as stored", () => {
    const result = lookUpQuote(TEXT, "official data, 26 citizens");
    if (result.status !== "found") throw new Error("not found");
    expect(TEXT.slice(result.start, result.end)).toBe("official data, 26\u00a0citizens");
  });
});
