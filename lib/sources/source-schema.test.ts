import { describe, expect, test } from "vitest";
import { z } from "zod";
import { MAX_TEXT_BYTES, SourceInputSchema, SourceUpdateSchema, utf8Length } from "./source-schema";

const minimal = { title: "Baku pogroms", text: "Thirty-three years ago\u00a0…" };

function fieldErrors(result: { error?: z.ZodError }): Record<string, string[] | undefined> {
  return result.error ? z.flattenError(result.error).fieldErrors : {};
}

describe("SourceInputSchema", () => {
  test("a title and a text are enough; the text is kept byte for byte", () => {
    const text = "  ArmInfo.The Sumgait massacre\u00a0“26”\r\n\n";
    const parsed = SourceInputSchema.parse({ title: " T ", text });
    expect(parsed).toEqual({ title: "T", text, kind: "other" });
  });

  test("reads a full form submission, blank fields meaning no value", () => {
    const parsed = SourceInputSchema.parse({
      ...minimal,
      publisher: "",
      authors: "Eduard Polatov (Polatidis)\n\nSecond Author",
      url: "",
      published: "2024-02-29",
      kind: "news_article",
      language: "en",
    });
    expect(parsed).toMatchObject({
      publisher: null,
      authors: ["Eduard Polatov (Polatidis)", "Second Author"],
      url: null,
      published: { year: 2024, month: 2, day: 29, precision: "day" },
      kind: "news_article",
      language: "en",
    });
  });

  test.each([
    [{ ...minimal, title: "  " }, "title", "a title is required"],
    [{ text: "x" }, "title", "a title is required"],
    [{ ...minimal, text: " \n\u00a0" }, "text", "paste the text"],
    [{ title: "t" }, "text", "paste the text"],
    [{ ...minimal, url: "example.org/a" }, "url", "http:// or https://"],
    [{ ...minimal, url: "ftp://example.org/a" }, "url", "http:// or https://"],
    [{ ...minimal, published: "Feb 2020" }, "published", "YYYY-MM"],
    [{ ...minimal, published: "2023-02-29" }, "published", "no day 29"],
    [{ ...minimal, kind: "blog" }, "kind", "choose one of"],
    [{ ...minimal, accessed: "2024-05" }, "accessed", "YYYY-MM-DD"],
    [{ ...minimal, accessed: "2023-02-29" }, "accessed", "no such day"],
    [{ ...minimal, archiveUrl: "web.archive.org/web/2020/x" }, "archiveUrl", "https://"],
    [{ ...minimal, language: "English" }, "language", "language code"],
    [{ ...minimal, authors: [""] }, "authors", ""],
    [{ ...minimal, title: "x".repeat(501) }, "title", "too long"],
  ])("rejects %#: %s", (input, field, message) => {
    const errors = fieldErrors(SourceInputSchema.safeParse(input));
    expect(errors[field]?.join(" ")).toContain(message);
  });

  test("refuses a text over 5 MB", () => {
    const text = "é".repeat(MAX_TEXT_BYTES / 2 + 1);
    const errors = fieldErrors(SourceInputSchema.safeParse({ title: "t", text }));
    expect(errors.text?.[0]).toContain("larger than 5 MB");
  });
});

test("takes the day the source was read and its archived copy; blank clears them", () => {
  const archiveUrl = "https://web.archive.org/web/20200301000000/https://arminfo.info/x";
  expect(SourceInputSchema.parse({ ...minimal, accessed: "2024-05-01", archiveUrl })).toMatchObject(
    { accessed: "2024-05-01", archiveUrl },
  );
  expect(SourceUpdateSchema.parse({ accessed: "", archiveUrl: null })).toEqual({
    accessed: null,
    archiveUrl: null,
  });
});

describe("SourceUpdateSchema", () => {
  test("absent fields stay absent, blank ones clear", () => {
    expect(SourceUpdateSchema.parse({ publisher: "", language: "hy" })).toEqual({
      publisher: null,
      language: "hy",
    });
  });

  test("the text cannot be changed", () => {
    const errors = fieldErrors(SourceUpdateSchema.safeParse({ text: "new" }));
    expect(errors.text?.[0]).toContain("cannot be changed");
  });
});

test.each([
  ["abc", 3],
  ["é", 2],
  ["\u00a0", 2],
  ["“", 3],
  ["😀", 4],
])("utf8Length(%j) = %i", (value, bytes) => {
  expect(utf8Length(value)).toBe(new TextEncoder().encode(value).length);
  expect(utf8Length(value)).toBe(bytes);
});
