import { describe, expect, test } from "vitest";
import { readStoredValue } from "./stored-value";

const quantity = {
  type: "quantity",
  low: { value: 26, inclusive: true },
  high: { value: 26, inclusive: true },
  best: 26,
  kind: "exact",
  wording: "26",
  counted: null,
  rule: "exact",
};
const date = {
  type: "date",
  first: "1988-02-27",
  last: "1988-02-29",
  precision: "day",
  wording: "February 27-29, 1988",
  rule: "date.day-range",
};

describe("readStoredValue", () => {
  test.each([
    ["a quantity", quantity],
    ["a date", date],
    ["an open upper end", { ...quantity, high: null, kind: "lower-bound" }],
    ["extra fields kept by newer code", { ...quantity, rulesVersion: 3 }],
  ])("reads %s", (_name, json) => {
    expect(readStoredValue(json)).toMatchObject(json);
  });

  test.each([
    ["null", null],
    ["a string", "26"],
    ["an unknown type", { ...quantity, type: "money" }],
    ["a null low written for Infinity", { ...quantity, low: { value: null, inclusive: true } }],
    ["a figure beyond 10^15", { ...quantity, best: 1e300 }],
    ["a missing rule", { ...quantity, rule: undefined }],
    ["reversed ends", { ...quantity, low: { value: 30, inclusive: true } }],
    ["a date that is not ISO", { ...date, first: "27 Feb 1988" }],
    ["reversed days", { ...date, first: "1988-03-01" }],
  ])("refuses %s", (_name, json) => {
    expect(readStoredValue(json)).toBeNull();
  });
});
