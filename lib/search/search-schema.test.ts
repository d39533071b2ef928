import { describe, expect, test } from "vitest";
import { SearchParamsSchema } from "./search-schema";

const issues = (input: Record<string, string>) =>
  SearchParamsSchema.safeParse({ q: "killed", ...input }).error?.issues.map((i) => i.message);

describe("the search's filters", () => {
  test("read a subject id, a language in lower case and periods as precise as typed", () => {
    const parsed = SearchParamsSchema.parse({
      q: "killed",
      subject: "cm4subject1",
      language: " RU ",
      from: "1988",
      to: "1990-02-28",
    });
    expect(parsed).toMatchObject({
      subject: "cm4subject1",
      language: "ru",
      from: { year: 1988, month: null, day: null, precision: "year" },
      to: { year: 1990, month: 2, day: 28, precision: "day" },
    });
  });

  test("blank filters, as an empty form sends them, are no filters", () => {
    const parsed = SearchParamsSchema.parse({
      q: "x",
      subject: "",
      language: " ",
      from: "",
      to: "",
    });
    expect(parsed).toEqual({ q: "x" });
  });

  test("a kind is read in the singular or the plural, in any case; anything else is refused", () => {
    for (const [given, kind] of [
      ["source", "sources"],
      ["Passages", "passages"],
      [" ORIGIN ", "origins"],
      ["subjects", "subjects"],
    ])
      expect(SearchParamsSchema.parse({ q: "x", kind: given }).kind).toBe(kind);
    for (const given of ["sourcess", "s", "people"])
      expect(issues({ kind: given })).toEqual([
        "kind is one of: sources, passages, claims, questions, subjects, origins",
      ]);
  });

  test("a range may be one period, named twice", () => {
    expect(issues({ from: "1988-03", to: "1988-03" })).toBeUndefined();
    expect(issues({ from: "1988-03-31", to: "1988-03" })).toBeUndefined();
  });

  test.each([
    [{ from: "1988-04", to: "1988-03" }, "from is after to"],
    [{ from: "1988-02-30" }, "February 1988 has no day 30"],
    [{ to: "March 1988" }, "use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020, 2020-02 or 2024-02-29"],
    [{ language: "english" }, "use a language code such as en, ru or en-GB"],
    [{ subject: "../etc" }, "subject is the id of a subject"],
  ])("refuses %j: %s", (input, message) => {
    expect(issues(input)).toEqual([message]);
  });
});
