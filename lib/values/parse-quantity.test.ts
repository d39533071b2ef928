import { findNotStated } from "./find-not-stated";
import { describe, expect, it } from "vitest";
import { parseQuantity } from "./parse-quantity";
import {
  corpusQuantityCases,
  quantityCases,
  unrecognisedQuantities,
  type QuantityCase,
} from "./parse-quantity.cases";
import { interval } from "./test-notation";

function expectCase(c: QuantityCase) {
  const result = parseQuantity(c.text);
  if (!result.ok) throw new Error(`${c.text}: ${result.reason}`);
  const { value } = result;
  expect({ low: value.low, high: value.high, kind: value.kind, rule: value.rule }).toEqual({
    ...interval(c.is),
    kind: c.kind,
    rule: c.rule,
  });
  if (c.best !== undefined) expect(value.best).toBe(c.best);
  if (c.counted !== undefined) expect(value.counted).toBe(c.counted);
  if (c.wording !== undefined) expect(value.wording).toBe(c.wording);
}

describe("parseQuantity on the sample corpus", () => {
  it.each(corpusQuantityCases)("$text → $is", expectCase);
});

describe("parseQuantity", () => {
  it.each(quantityCases)("$text → $is", expectCase);

  it.each(unrecognisedQuantities)("“%s” is not recognised, with a reason", (text) => {
    const result = parseQuantity(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("not-recognised");
      expect(result.reason).toMatch(/^no number found in “/);
    }
  });

  it("says why in words people read", () => {
    expect(parseQuantity("many people")).toEqual({
      ok: false,
      code: "not-recognised",
      reason: "no number found in “many people”",
    });
    expect(parseQuantity("in 1991")).toMatchObject({
      reason: "no number found in “in 1991” (only dates, years or ordinals)",
    });
  });

  it("keeps the verbatim wording, odd spaces included", () => {
    const result = parseQuantity("more\u00a0than 100");
    expect(result).toMatchObject({ ok: true, value: { wording: "more\u00a0than 100" } });
  });

  it("prefers a figure over a span of time that comes first", () => {
    const result = parseQuantity("Over three days, 26 people were killed");
    expect(result).toMatchObject({ ok: true, value: { best: 26, counted: "people" } });
  });

  it("falls back to a span of time when it is the only figure", () => {
    expect(parseQuantity("for over a month")).toMatchObject({
      ok: true,
      value: { kind: "lower-bound", counted: "month" },
    });
  });
});

describe("stated nothing", () => {
  it.each([
    ["There were no civilian casualties.", "no civilian casualties", "zero.none"],
    ["nobody was killed", "nobody was killed", "zero.nobody"],
    ["No one died in the clashes", "No one died", "zero.nobody"],
    ["none were injured", "none were injured", "zero.nobody"],
    ["ningún muerto", "ningún muerto", "zero.none"],
    ["aucun mort", "aucun mort", "zero.none"],
    ["nessun morto", "nessun morto", "zero.none"],
    ["keine Toten", "keine Toten", "zero.none"],
    ["никто не погиб", "никто не погиб", "zero.nobody"],
    ["the clash ended without casualties", "without casualties", "zero.none"],
    ["Il n’y a pas eu de victime.", "pas eu de victime", "zero.none"],
    ["не было жертв", "не было жертв", "zero.none"],
    ["No se han registrado víctimas", "No se han registrado víctimas", "zero.none"],
  ])("“%s” reads as exactly 0", (text, wording, rule) => {
    expect(parseQuantity(text)).toMatchObject({
      ok: true,
      value: { wording, rule, best: 0, low: { value: 0 }, high: { value: 0 }, kind: "exact" },
    });
  });

  it.each([
    "no deadline was set",
    "no one",
    "There is no doubt that",
    "there is no confirmed information about victims",
    "no se sabe cuántos muertos hubo",
    "Il ne faut pas oublier les victimes",
    "without counting the victims",
    "не удалось установить число погибших",
  ])("“%s” is not a zero", (text) => {
    expect(parseQuantity(text).ok).toBe(false);
  });

  it.each([
    ["Injured Unknown", "Unknown"],
    ["he did not know the exact number killed or wounded", "did not know the exact number"],
    ["an unknown number of people were injured", "an unknown number"],
    ["It was unclear how many people died", "unclear how many"],
    ["The number of victims is still not known.", "number of victims is still not known"],
    ["se desconoce el número de víctimas", "se desconoce"],
    ["un numero imprecisato di vittime", "imprecisato"],
    ["Die Zahl der Opfer ist unbekannt", "unbekannt"],
    ["число погибших неизвестно", "неизвестно"],
  ])("“%s” says the figure is not known", (text, wording) => {
    expect(findNotStated(text).map((m) => m.wording)).toEqual([wording]);
  });

  it("leaves “unclear whether” alone", () => {
    expect(findNotStated("It was unclear whether troops fired")).toEqual([]);
  });
});

describe("more ways of saying the figure is not known", () => {
  it.each([
    ["Casualties were not immediately known.", "Casualties were not immediately known"],
    ["There was no immediate word on casualties.", "no immediate word on casualties"],
    ["Azerbaijan does not reveal how many have fallen on its side.", "does not reveal how many"],
  ])("“%s”", (text, wording) => {
    expect(findNotStated(text).map((m) => m.wording)).toEqual([wording]);
  });
});
