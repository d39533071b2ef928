import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { EnvSchema } from "./env-schema";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("the README's settings table", () => {
  test.each(Object.keys(EnvSchema.shape))("has a row for %s", (name) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, "m"));
  });
});
