import { afterEach, describe, expect, test } from "vitest";
import { clientAddress } from "./client-address";

afterEach(() => {
  delete process.env.CROSSCHECK_TRUST_PROXY;
});

describe("clientAddress", () => {
  test.each([
    // [trust proxy, x-crosscheck-client-ip, x-forwarded-for, expected]
    [false, "192.0.2.1", undefined, "192.0.2.1"],
    [false, "192.0.2.1", "198.51.100.7", "192.0.2.1"],
    [false, undefined, "198.51.100.7", null],
    // Behind a proxy the connection is the proxy's; the proxy appends the real client last.
    [true, "127.0.0.1", "198.51.100.7", "198.51.100.7"],
    // A client that sends its own X-Forwarded-For cannot choose the address counted.
    [true, "127.0.0.1", "203.0.113.99, 198.51.100.7", "198.51.100.7"],
    [true, "127.0.0.1", undefined, "127.0.0.1"],
    [true, "127.0.0.1", " ", "127.0.0.1"],
  ] as const)("trust %s, own %s, forwarded %s → %s", (trust, own, forwarded, expected) => {
    if (trust) process.env.CROSSCHECK_TRUST_PROXY = "1";
    const headers = new Headers();
    if (own) headers.set("x-crosscheck-client-ip", own);
    if (forwarded) headers.set("x-forwarded-for", forwarded);
    expect(clientAddress(headers)).toBe(expected);
  });

  test("no headers, no address", () => {
    expect(clientAddress(undefined)).toBeNull();
  });
});
