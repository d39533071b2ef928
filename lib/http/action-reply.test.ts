import { describe, expect, test } from "vitest";
import { replyProblem, textReplyProblem } from "./action-reply";

describe("textReplyProblem", () => {
  test.each([
    ["no arguments", "[]"],
    ["a bound id", '["cmx3v0ud50004yl7d1hq4g9k9"]'],
    ["an object", '[{"sourceId":"s","quote":{"exact":"26 killed"},"note":"$$5 fee"}]'],
    ["undefined fields", '[{"note":"$undefined","value":"$undefined"}]'],
    [
      "special numbers and dates",
      '["$NaN","$Infinity","$-Infinity","$-0","$D2020-01-01T00:00:00.000Z"]',
    ],
    ["a BigInt", '["$n12345678901234567890"]'],
    ["an empty form", '[null,"$K1"]'],
  ])("passes %s", (_name, body) => {
    expect(textReplyProblem(body)).toBeNull();
  });

  test.each([
    ["garbage", "garbage{{", "not in the format"],
    ["empty", "", "not in the format"],
    ["a string", '"abc"', "not a list"],
    ["an object", "{}", "not a list"],
    ["a promise of a missing part", '["$@1"]', "$@1"],
    ["a missing outlined part", '[{"a":"$1"}]', "$1"],
    ["a map of a missing part", '["$Q1"]', "$Q1"],
    ["a bare dollar", '["$"]', '"$"'],
    ["a BigInt that is not a number", '["$nxyz"]', "$nxyz"],
    ["a temporary reference", '["$T"]', "$T"],
    ["a missing server reference", '["$h1"]', "$h1"],
  ])("refuses %s", (_name, body, words) => {
    expect(textReplyProblem(body)).toContain(words);
  });

  test("refuses deep nesting before parsing", () => {
    expect(textReplyProblem(`${"[".repeat(10_000)}${"]".repeat(10_000)}`)).toContain("nested");
  });
});

describe("replyProblem", () => {
  test("passes references to parts that are there (hexadecimal ids, decimal names)", () => {
    const parts = new Map([
      ["0", '["$@1","$Q1a",{"x":"$1a:key"}]'],
      ["1", '"resolved"'],
      ["26", '[["k","v"]]'],
    ]);
    expect(replyProblem(parts)).toBeNull();
  });

  test("passes a file sent as an argument, a part of its own", () => {
    const parts = new Map<string, string | Blob>([
      ["0", '[{"title":"Report"},"$B1"]'],
      ["1", new Blob(["%PDF-1.7"])],
    ]);
    expect(replyProblem(parts)).toBeNull();
    expect(textReplyProblem('["$B1"]')).toContain("$B1");
  });

  test("refuses a root part that is a file", () => {
    expect(replyProblem(new Map([["0", new Blob(["[]"])]]))).toContain("not a list");
  });

  test("ignores fields of forms sent as arguments", () => {
    const parts = new Map([
      ["0", '[{"status":"idle"},"$K1"]'],
      ["1_title", "not JSON at all {"],
    ]);
    expect(replyProblem(parts)).toBeNull();
  });

  test.each([
    ["no root part", [["1", "[]"]], "no list of arguments"],
    ["a root that is not a list", [["0", '{"a":1}']], "not a list"],
    [
      "a part that is not JSON",
      [
        ["0", '["$1"]'],
        ["1", "{"],
      ],
      "not in the format",
    ],
    [
      "a reference to a missing part",
      [
        ["0", '["$@2"]'],
        ["1", "1"],
      ],
      "$@2",
    ],
  ])("refuses %s", (_name, entries, words) => {
    expect(replyProblem(new Map(entries as [string, string][]))).toContain(words);
  });
});
