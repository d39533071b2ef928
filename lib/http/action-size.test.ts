import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { MAX_ACTION_BODY_BYTES, estimatedActionBytes } from "./action-size";

describe("MAX_ACTION_BODY_BYTES", () => {
  test("is the body size limit Next.js is configured with", () => {
    const config = readFileSync(new URL("../../next.config.js", import.meta.url), "utf8");
    const limit = /bodySizeLimit:\s*"(\d+)mb"/.exec(config)?.[1];
    expect(Number(limit) * 1024 * 1024).toBe(MAX_ACTION_BODY_BYTES);
  });
});

describe("estimatedActionBytes", () => {
  test("counts form fields in UTF-8 with line breaks as CR LF", () => {
    const empty = new FormData();
    const form = new FormData();
    form.set("text", "é\n\n");
    const base = estimatedActionBytes([null, empty]);
    expect(estimatedActionBytes([null, form]) - base).toBeGreaterThanOrEqual(6 + 4);
  });

  test("never counts less than what is sent", async () => {
    const form = new FormData();
    form.set("title", "Report");
    form.set("text", "Línea uno\nLínea dos\r\n😀".repeat(1000));
    const sent = await new Response(form).arrayBuffer();
    expect(estimatedActionBytes([{ status: "idle" }, form])).toBeGreaterThanOrEqual(
      sent.byteLength,
    );
  });

  test("a text just under 5 MB with many line breaks can be over the limit", () => {
    const form = new FormData();
    form.set("text", "ab\n".repeat(1_700_000));
    expect(estimatedActionBytes([null, form])).toBeGreaterThan(MAX_ACTION_BODY_BYTES);
  });

  test("counts plain arguments as JSON", () => {
    const quote = "x".repeat(1000);
    expect(estimatedActionBytes([{ quote }])).toBeGreaterThan(1000);
  });
});
