import { describe, expect, test } from "vitest";
import { hostNameOf, hostPolicy, isHostAllowed } from "./allowed-hosts";

describe("hostNameOf", () => {
  test.each([
    ["localhost:3000", "localhost"],
    ["LOCALHOST", "localhost"],
    ["localhost.:3000", "localhost"],
    ["127.0.0.1:3456", "127.0.0.1"],
    ["[::1]:3000", "[::1]"],
    ["[0:0:0:0:0:0:0:1]", "[::1]"],
    ["crosscheck.example.org", "crosscheck.example.org"],
  ])("%s → %s", (header, name) => {
    expect(hostNameOf(header)).toBe(name);
  });

  test.each([
    [null],
    [""],
    ["evil.example/path"],
    ["user@localhost"],
    ["local host"],
    ["::1"],
    ["localhost:99999"],
  ])("%j is not a host", (header) => {
    expect(hostNameOf(header)).toBeNull();
  });
});

describe("hostPolicy and isHostAllowed", () => {
  const byDefault = hostPolicy({ host: "127.0.0.1" });

  test.each([
    ["localhost:3000", true],
    ["127.0.0.1:3000", true],
    ["[::1]:3000", true],
    ["evil.example", false],
    ["evil.example:3000", false],
    ["localhost.evil.example", false],
    ["127.0.0.1.nip.io", false],
    [null, false],
  ])("by default, Host %j is allowed: %s", (header, allowed) => {
    expect(isHostAllowed(header, byDefault)).toBe(allowed);
  });

  test("HOST itself is allowed when it is a name", () => {
    const policy = hostPolicy({ host: "crosscheck.lan" });
    expect(isHostAllowed("crosscheck.lan:3000", policy)).toBe(true);
    expect(isHostAllowed("other.lan:3000", policy)).toBe(false);
  });

  test("listening on every interface allows no extra name", () => {
    const policy = hostPolicy({ host: "0.0.0.0" });
    expect(isHostAllowed("0.0.0.0:3000", policy)).toBe(false);
    expect(isHostAllowed("localhost:3000", policy)).toBe(true);
  });

  test("the public URL's host is added to the defaults", () => {
    const policy = hostPolicy({ host: "127.0.0.1", publicUrl: "https://Check.Example.org/app" });
    expect(isHostAllowed("check.example.org", policy)).toBe(true);
    expect(isHostAllowed("localhost:3000", policy)).toBe(true);
  });

  test("a configured list replaces the defaults, the public URL's host still counts", () => {
    const policy = hostPolicy({
      allowedHosts: ["crosscheck.lan", "10.0.0.5"],
      host: "127.0.0.1",
      publicUrl: "https://check.example.org",
    });
    expect(isHostAllowed("crosscheck.lan:3000", policy)).toBe(true);
    expect(isHostAllowed("10.0.0.5", policy)).toBe(true);
    expect(isHostAllowed("check.example.org", policy)).toBe(true);
    expect(isHostAllowed("localhost:3000", policy)).toBe(false);
  });

  test("* allows any Host", () => {
    const policy = hostPolicy({ allowedHosts: ["*"], host: "127.0.0.1" });
    expect(isHostAllowed("anything.example", policy)).toBe(true);
  });
});
