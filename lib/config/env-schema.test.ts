import { describe, expect, test } from "vitest";
import { readEnv } from "./env-schema";

describe("readEnv", () => {
  test("defaults the port and leaves the database unset", () => {
    const result = readEnv({});
    expect(result).toEqual({
      ok: true,
      env: { PORT: 3000, HOST: "127.0.0.1", CROSSCHECK_PG_PORT: 54329 },
    });
  });

  test("accepts a PostgreSQL URL and a port", () => {
    const result = readEnv({ DATABASE_URL: "postgresql://u:p@db:5432/x", PORT: "8080" });
    expect(result.ok && result.env).toMatchObject({
      DATABASE_URL: "postgresql://u:p@db:5432/x",
      PORT: 8080,
    });
  });

  test.each([
    [{ PORT: "eighty" }, "PORT must be a number"],
    [{ PORT: "70000" }, "PORT must be between 1 and 65535"],
    [{ PORT: "80.5" }, "PORT must be a whole number"],
    [{ DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL must look like postgresql://"],
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL must look like postgresql://"],
  ])("rejects %o with one readable line", (input, expected) => {
    const result = readEnv(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(expected);
      expect(result.message).not.toContain("\n");
    }
  });

  test("treats empty variables as unset", () => {
    expect(readEnv({ PORT: "", DATABASE_URL: "" })).toMatchObject({
      ok: true,
      env: { PORT: 3000 },
    });
  });
});
