import { describe, expect, test } from "vitest";
import { formatFromAccept } from "./export-formats";
import { MAX_EXPORT_IDS, readExportRequest } from "./export-request";

const read = (query: string, accept: string | null = null) =>
  readExportRequest(new URLSearchParams(query), accept);

describe("readExportRequest", () => {
  test.each([
    ["question=q1&format=csv", null, "csv"],
    ["question=q1", "text/csv", "csv"],
    ["question=q1&format=ris", "text/csv", "ris"],
    ["question=q1", "application/json, */*", "csl-json"],
    ["question=q1", null, "csl-json"],
    ["claim=c1", "text/x-bibliography", "reference"],
  ])("%s with Accept %s → %s", (query, accept, format) => {
    const result = read(query, accept);
    expect(result.ok && result.request.format).toBe(format);
  });

  test("ids: repeated, comma-separated, the plural name, duplicates dropped", () => {
    const result = read("claims=a,b&claim=c&claim=a&bom=1&style=harvard1");
    expect(result).toMatchObject({
      ok: true,
      request: { scope: { kind: "claim", ids: ["c", "a", "b"] }, bom: true, style: "harvard1" },
    });
  });

  test.each([
    ["question=q1&format=pdf", "unknown_format"],
    ["format=csv", "empty_selection"],
    ["claims=,", "empty_selection"],
    ["question=q1&source=s1", "invalid"],
    [
      `claims=${Array.from({ length: MAX_EXPORT_IDS + 1 }, (_, i) => `c${i}`).join(",")}`,
      "too_many",
    ],
  ])("%s is refused: %s", (query, code) => {
    expect(read(query)).toMatchObject({ ok: false, code });
  });
});

describe("formatFromAccept", () => {
  test.each([
    ["text/csv;q=0.5, application/x-bibtex", "bibtex"],
    ["text/markdown, text/html", "markdown"],
    ["text/html;q=0, text/markdown;q=0.1", "markdown"],
    ["application/ld+json", "web-annotation"],
    ["*/*", null],
    [null, null],
  ])("%s → %s", (accept, format) => {
    expect(formatFromAccept(accept)).toBe(format);
  });
});
