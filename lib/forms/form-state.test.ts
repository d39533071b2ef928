import { describe, expect, test } from "vitest";
import { typedValues } from "./form-state";

describe("typedValues", () => {
  test("keeps the text fields and drops React's action fields", () => {
    const form = new FormData();
    form.set("title", "Report");
    form.set("$ACTION_KEY", "k1");
    form.set("file", new Blob(["x"]));
    expect(typedValues(form)).toEqual({ title: "Report" });
  });

  test.each([[undefined], [null], [123], [{ title: "x" }], [["title", "x"]]])(
    "finds no fields in %j, which only another client than the page sends",
    (value) => {
      expect(typedValues(value)).toEqual({});
    },
  );
});
