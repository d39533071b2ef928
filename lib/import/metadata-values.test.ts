import { describe, expect, it } from "vitest";
import { authorsOf, bylineAuthors, languageTagOf, publicationDateOf } from "./metadata-values";

describe("publicationDateOf", () => {
  it.each([
    ["2015-07-24T05:36:09+01:00", "2015-07-24"],
    ["2018-12-21 12:55:00", "2018-12-21"],
    ["2019/3/7", "2019-03-07"],
    ["2019-03", "2019-03"],
    [" 2019 ", "2019"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", undefined],
    ["March 7, 2019", undefined],
    ["20190307", undefined],
    ["", undefined],
  ])("%j → %j", (input, expected) => {
    expect(publicationDateOf(input)).toBe(expected);
  });
});

describe("languageTagOf", () => {
  it.each([
    ["en", "en"],
    ["EN-gb", "en-GB"],
    ["pt_BR", "pt-BR"],
    ["zh-hant-tw", "zh-Hant-TW"],
    ["english", undefined],
    ["en gb", undefined],
    [null, undefined],
  ])("%j → %j", (input, expected) => {
    expect(languageTagOf(input)).toBe(expected);
  });
});

describe("authors", () => {
  it("drops 'By', profile addresses and repeats", () => {
    expect(
      authorsOf(["By Jane Doe", "https://x.example/jane", "jane doe", " ", "Par Jean Dupont"]),
    ).toEqual(["Jane Doe", "Jean Dupont"]);
    expect(authorsOf([])).toBeUndefined();
  });

  it("splits a byline at 'and', '&' and ';' but not at commas", () => {
    expect(bylineAuthors("By Jane Doe and John Roe")).toEqual(["Jane Doe", "John Roe"]);
    expect(bylineAuthors("Doe, Jane; Roe, John & Poe, Edgar")).toEqual([
      "Doe, Jane",
      "Roe, John",
      "Poe, Edgar",
    ]);
    expect(bylineAuthors(null)).toBeUndefined();
  });
});
