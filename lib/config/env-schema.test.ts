import { describe, expect, test } from "vitest";
import { readEnv } from "./env-schema";

describe("readEnv", () => {
  test("defaults the port and leaves the database unset", () => {
    const result = readEnv({});
    expect(result).toEqual({
      ok: true,
      env: {
        PORT: 3000,
        HOST: "127.0.0.1",
        CROSSCHECK_PG_PORT: 54329,
        CROSSCHECK_IMPORT_ALLOW_HOSTS: [],
        CROSSCHECK_IMPORT_MAX_MB: 20,
        CROSSCHECK_IMPORT_TIMEOUT_SECONDS: 30,
      },
    });
  });

  test("refuses a malformed import allow-list", () => {
    const result = readEnv({ CROSSCHECK_IMPORT_ALLOW_HOSTS: "http://x.test/" });
    expect(result.ok).toBe(false);
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
    [{ DATABASE_REPLICA_URLS: " , " }, "DATABASE_REPLICA_URLS must name at least one URL"],
    [
      { DATABASE_REPLICA_URLS: "postgresql://r1/x, mysql://r2/x" },
      "DATABASE_REPLICA_URLS must be postgresql:// URLs",
    ],
  ])("rejects %o with one readable line", (input, expected) => {
    const result = readEnv(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(expected);
      expect(result.message).not.toContain("\n");
    }
  });

  test("accepts replicas as comma-separated PostgreSQL URLs", () => {
    const value = "postgresql://u:p@replica-1:5432/x,postgresql://u:p@replica-2:5432/x";
    expect(readEnv({ DATABASE_REPLICA_URLS: value })).toMatchObject({
      ok: true,
      env: { DATABASE_REPLICA_URLS: value },
    });
  });

  test("reads the allowed hosts as a list of lower-case names", () => {
    const result = readEnv({ CROSSCHECK_ALLOWED_HOSTS: " Crosscheck.lan, 10.0.0.5,[::1] ," });
    expect(result.ok && result.env.CROSSCHECK_ALLOWED_HOSTS).toEqual([
      "crosscheck.lan",
      "10.0.0.5",
      "[::1]",
    ]);
    expect(readEnv({ CROSSCHECK_ALLOWED_HOSTS: "*" })).toMatchObject({
      env: { CROSSCHECK_ALLOWED_HOSTS: ["*"] },
    });
  });

  test.each([
    [
      { CROSSCHECK_ALLOWED_HOSTS: "https://crosscheck.lan" },
      "CROSSCHECK_ALLOWED_HOSTS must be host names",
    ],
    [
      { CROSSCHECK_ALLOWED_HOSTS: "crosscheck.lan:3000" },
      "CROSSCHECK_ALLOWED_HOSTS must be host names",
    ],
    [{ CROSSCHECK_ALLOWED_HOSTS: " , " }, "CROSSCHECK_ALLOWED_HOSTS must name at least one host"],
    [
      { CROSSCHECK_PUBLIC_URL: "crosscheck.example.org" },
      "CROSSCHECK_PUBLIC_URL must be the address",
    ],
    [
      { CROSSCHECK_PUBLIC_URL: "ftp://crosscheck.example.org" },
      "CROSSCHECK_PUBLIC_URL must be the address",
    ],
  ])("rejects %o", (input, expected) => {
    const result = readEnv(input);
    expect(!result.ok && result.message).toContain(expected);
  });

  test("treats empty variables as unset", () => {
    expect(readEnv({ PORT: "", DATABASE_URL: "" })).toMatchObject({
      ok: true,
      env: { PORT: 3000 },
    });
  });
});
