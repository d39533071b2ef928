import { z } from "zod";
import { describe, expect, it } from "vitest";
import { IMPORT_ENV_SHAPE, importOptionsOf } from "./import-settings";

const Schema = z.object(IMPORT_ENV_SHAPE);

describe("import settings", () => {
  it("default to no allowed host, 20 MB and 30 seconds", () => {
    expect(importOptionsOf(Schema.parse({}))).toEqual({
      allowHosts: [],
      maxBytes: 20 * 1024 * 1024,
      timeoutMs: 30_000,
    });
  });

  it("read the variables as the environment gives them", () => {
    const env = Schema.parse({
      CROSSCHECK_IMPORT_ALLOW_HOSTS: "wiki.intranet.example, 10.0.0.7:8080",
      CROSSCHECK_IMPORT_MAX_MB: "2.5",
      CROSSCHECK_IMPORT_TIMEOUT_SECONDS: "10",
    });
    expect(importOptionsOf(env)).toEqual({
      allowHosts: [
        { host: "wiki.intranet.example", port: null, subdomains: false },
        { host: "10.0.0.7", port: 8080, subdomains: false },
      ],
      maxBytes: 2_621_440,
      timeoutMs: 10_000,
    });
  });

  it.each([
    [
      { CROSSCHECK_IMPORT_ALLOW_HOSTS: "http://wiki.example" },
      '"http://wiki.example" is not a host',
    ],
    [{ CROSSCHECK_IMPORT_MAX_MB: "lots" }, "must be a number"],
    [{ CROSSCHECK_IMPORT_TIMEOUT_SECONDS: "0" }, "must be more than 0"],
  ])("refuse %j with a reason", (input, message) => {
    const parsed = Schema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(message);
  });
});
