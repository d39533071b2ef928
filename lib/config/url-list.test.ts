import { describe, expect, test } from "vitest";
import { splitUrlList } from "./url-list";

describe("splitUrlList", () => {
  test.each([
    ["", []],
    [" , ,", []],
    ["postgresql://a/x", ["postgresql://a/x"]],
    [" postgresql://a/x , postgresql://b/x,", ["postgresql://a/x", "postgresql://b/x"]],
  ])("%j", (value, expected) => {
    expect(splitUrlList(value)).toEqual(expected);
  });
});
