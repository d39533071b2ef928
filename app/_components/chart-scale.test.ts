import { describe, expect, test } from "vitest";
import { dayNumber } from "@/lib/values/calendar";
import { chooseScale } from "./chart-scale";

const closed = { openLow: false, openHigh: false };

describe("chooseScale", () => {
  test.each([
    ["26 beside 200–999: log", [26, 200, 999], "quantity", "log"],
    ["150–300: linear", [150, 300], "quantity", "linear"],
    ["a zero rules out log", [0, 26, 999], "quantity", "linear"],
    ["a lone figure: linear", [52_000], "quantity", "linear"],
    [
      "days: time",
      [dayNumber({ year: 1990, month: 1, day: 13 }), dayNumber({ year: 1990, month: 1, day: 20 })],
      "date",
      "time",
    ],
  ] as const)("%s", (_label, values, measure, kind) => {
    expect(chooseScale({ values: [...values], measure, ...closed }).kind).toBe(kind);
  });

  test("positions stay inside the plot and keep the order of the values", () => {
    for (const values of [
      [26, 200, 999],
      [150, 300],
      [1, 1_000_000],
    ]) {
      const scale = chooseScale({ values, measure: "quantity", ...closed });
      const at = values.map(scale.position);
      expect(at.every((x) => x >= 0 && x <= 1)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  test("ticks are in order, inside the plot, and labelled", () => {
    const scale = chooseScale({
      values: [26, 999],
      measure: "quantity",
      openLow: false,
      openHigh: true,
    });
    expect(scale.ticks.length).toBeGreaterThan(1);
    expect(scale.ticks.every((tick) => tick.at >= 0 && tick.at <= 1 && tick.label !== "")).toBe(
      true,
    );
    const positions = scale.ticks.map((tick) => tick.at);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("an open end leaves room on its side for the arrow", () => {
    const closedScale = chooseScale({ values: [100, 200], measure: "quantity", ...closed });
    const openScale = chooseScale({
      values: [100, 200],
      measure: "quantity",
      openLow: false,
      openHigh: true,
    });
    expect(openScale.position(200)).toBeLessThan(closedScale.position(200));
  });

  test("no values at all still gives a usable scale", () => {
    const scale = chooseScale({ values: [], measure: "quantity", ...closed });
    expect(Number.isFinite(scale.position(1))).toBe(true);
  });
});
