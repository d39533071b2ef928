import { describe, expect, test } from "vitest";
import { downloadName } from "./download-name";

const SHA = "ab".repeat(32);

describe("downloadName", () => {
  test.each([
    { fileName: "report.pdf", url: null, contentType: "application/pdf", full: "report.pdf" },
    {
      fileName: null,
      url: "https://x.test/news/article-1",
      contentType: "text/html; charset=utf-8",
      full: "article-1.html",
    },
    {
      fileName: null,
      url: "https://x.test/",
      contentType: "text/plain",
      full: "original-abababababab.txt",
    },
    { fileName: 'Отчёт "1".md', url: null, contentType: "text/markdown", full: 'Отчёт "1".md' },
  ])("$full", ({ fileName, url, contentType, full }) => {
    const name = downloadName({ fileName, url, contentType, sha256: SHA });
    expect(name.full).toBe(full);
    expect(name.ascii).toMatch(/^[\x20-\x7e]+$/);
    expect(name.ascii).not.toContain('"');
  });
});
