import { describe, expect, it } from "vitest";
import { effectivePort, isAllowListed, parseAllowHosts } from "./allow-hosts";

describe("parseAllowHosts", () => {
  it.each([
    [undefined, []],
    ["", []],
    [" , ,", []],
    ["Wiki.Example", [{ host: "wiki.example", port: null, subdomains: false }]],
    ["wiki.example.:8080", [{ host: "wiki.example", port: 8080, subdomains: false }]],
    ["*.Corp.example", [{ host: "corp.example", port: null, subdomains: true }]],
    ["10.0.0.7:8080", [{ host: "10.0.0.7", port: 8080, subdomains: false }]],
    ["0x7f.1:3000", [{ host: "127.0.0.1", port: 3000, subdomains: false }]],
    ["[::1]:8080", [{ host: "::1", port: 8080, subdomains: false }]],
    ["fd00::0007", [{ host: "fd00::7", port: null, subdomains: false }]],
    ["bücher.example", [{ host: "xn--bcher-kva.example", port: null, subdomains: false }]],
    [
      "a.example, b.example:81",
      [
        { host: "a.example", port: null, subdomains: false },
        { host: "b.example", port: 81, subdomains: false },
      ],
    ],
  ])("reads %j", (setting, hosts) => {
    expect(parseAllowHosts(setting)).toEqual({ ok: true, hosts });
  });

  it.each([
    "http://wiki.example",
    "wiki.example/path",
    "user@wiki.example",
    "wiki.example:0",
    "wiki.example:70000",
    "wiki.example:http",
    "*.10.0.0.1",
    "*",
    "wiki example",
    "[::1",
  ])("refuses %j with the entry named", (entry) => {
    const parsed = parseAllowHosts(`ok.example, ${entry}`);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(`"${entry}" is not a host`);
  });
});

describe("isAllowListed", () => {
  const hosts = [
    { host: "wiki.example", port: null, subdomains: false },
    { host: "127.0.0.1", port: 8080, subdomains: false },
    { host: "corp.example", port: 443, subdomains: true },
  ];

  it.each([
    ["http://wiki.example/", true],
    ["https://wiki.example:8443/", true],
    ["http://wiki.example./", true],
    ["http://other.wiki.example/", false],
    ["http://127.0.0.1:8080/", true],
    ["http://127.0.0.1/", false],
    ["http://127.0.0.1:8081/", false],
    ["http://localhost:8080/", false],
    ["https://a.corp.example/", true],
    ["https://a.b.corp.example/", true],
    ["https://corp.example/", false],
    ["http://a.corp.example/", false],
    ["https://evilcorp.example/", false],
  ])("%s → %s", (address, expected) => {
    const url = new URL(address);
    expect(isAllowListed(url.hostname, effectivePort(url), hosts)).toBe(expected);
  });
});
