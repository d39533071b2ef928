import { describe, expect, it, vi } from "vitest";
import { parseAllowHosts } from "./allow-hosts";
import { checkAddress } from "./check-address";
import type { Resolver } from "./resolve-host";

// No test here reaches a network: every name is answered by this table, and literal addresses
// are judged without any lookup.
const DNS: Record<string, string[]> = {
  "public.example": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
  "intranet.example": ["10.0.0.5"],
  "mixed.example": ["93.184.215.14", "192.168.0.10"],
  "mapped.example": ["::ffff:10.0.0.1"],
  "metadata.example": ["169.254.169.254"],
  "rebind.example": ["127.0.0.1"],
  "wiki.intranet.example": ["10.1.2.3"],
  "empty.example": [],
  "garbage.example": ["not-an-ip"],
};

function stubResolver(): Resolver & ReturnType<typeof vi.fn> {
  return vi.fn(async (hostname: string) => {
    const found = DNS[hostname];
    if (found) return found;
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  });
}

describe("checkAddress refuses", () => {
  it.each([
    ["http://127.0.0.1/", "points to this server itself (127.0.0.1)"],
    ["http://2130706433/", "points to this server itself (127.0.0.1)"],
    ["http://0x7f.1/", "points to this server itself (127.0.0.1)"],
    ["http://017700000001/", "points to this server itself (127.0.0.1)"],
    ["http://0177.0.0.1:8080/", "points to this server itself (127.0.0.1)"],
    ["http://127.1/", "points to this server itself (127.0.0.1)"],
    ["http://[::1]/", "points to this server itself (::1)"],
    ["http://[::ffff:127.0.0.1]/", "points to this server itself (::ffff:7f00:1)"],
    ["http://[::ffff:7f00:1]/", "points to this server itself (::ffff:7f00:1)"],
    ["http://10.0.0.5/", "points into a private network (10.0.0.5)"],
    ["https://172.20.1.1/", "points into a private network (172.20.1.1)"],
    ["http://192.168.1.1/admin", "points into a private network (192.168.1.1)"],
    ["http://[fd12:3456::1]/", "points into a private network (fd12:3456::1)"],
    ["http://[64:ff9b::a00:1]/", "points into a private network (64:ff9b::a00:1)"],
    ["http://100.64.0.1/", "carrier-grade NAT"],
    ["http://169.254.1.1/", "link-local address"],
    ["http://[fe80::1]/", "link-local address"],
    ["http://169.254.169.254/latest/meta-data/", "cloud metadata service (169.254.169.254)"],
    ["http://[fd00:ec2::254]/", "cloud metadata service (fd00:ec2::254)"],
    ["http://224.0.0.1/", "is a multicast address (224.0.0.1)"],
    ["http://0.0.0.0/", "is an unspecified address (0.0.0.0)"],
    ["http://0/", "is an unspecified address (0.0.0.0)"],
    ["http://[::]/", "is an unspecified address (::)"],
    ["http://255.255.255.255/", "is a broadcast address"],
    ["http://192.0.2.1/", "is a reserved address"],
    ["http://[2001:db8::1]/", "is a reserved address"],
  ])("%s: %s", async (address, phrase) => {
    const resolve = stubResolver();
    const result = await checkAddress(address, { resolve });
    expect(result).toMatchObject({ ok: false, code: "blocked_address" });
    expect(!result.ok && result.message).toMatch(/^This address /);
    expect(!result.ok && result.message).toContain(phrase);
    expect(!result.ok && result.message).toMatch(/; Crosscheck only imports public web pages\.$/);
    expect(resolve).not.toHaveBeenCalled();
  });

  it("says it in the words people read", async () => {
    expect(await checkAddress("http://10.0.0.5/")).toEqual({
      ok: false,
      code: "blocked_address",
      message:
        "This address points into a private network (10.0.0.5); Crosscheck only imports public web pages.",
    });
  });

  it.each([
    [
      "http://intranet.example/",
      "intranet.example points into a private network (it resolves to 10.0.0.5)",
    ],
    [
      "http://mixed.example/",
      "mixed.example points into a private network (it resolves to 192.168.0.10)",
    ],
    ["http://mapped.example/", "(it resolves to ::ffff:10.0.0.1)"],
    [
      "http://metadata.example/",
      "points to a cloud metadata service (it resolves to 169.254.169.254)",
    ],
    ["http://rebind.example/", "points to this server itself (it resolves to 127.0.0.1)"],
    ["http://garbage.example/", "is a reserved address"],
  ])("a name whose addresses are not all public: %s", async (address, phrase) => {
    const result = await checkAddress(address, { resolve: stubResolver() });
    expect(result).toMatchObject({ ok: false, code: "blocked_address" });
    expect(!result.ok && result.message).toContain(phrase);
  });

  it.each([
    ["http://localhost/", "localhost points to this server itself"],
    ["http://LOCALHOST.:3000/", "localhost points to this server itself"],
    ["http://app.localhost/", "app.localhost points to this server itself"],
    ["http://metadata.google.internal/computeMetadata/v1/", "cloud metadata service"],
    ["http://metadata/", "cloud metadata service"],
  ])("a name private by definition, without looking it up: %s", async (address, phrase) => {
    const resolve = stubResolver();
    const result = await checkAddress(address, { resolve });
    expect(result).toMatchObject({ ok: false, code: "blocked_address" });
    expect(!result.ok && result.message).toContain(phrase);
    expect(resolve).not.toHaveBeenCalled();
  });

  it.each([
    ["ftp://example.org/file.txt", "unsupported_scheme", "this one starts with ftp:"],
    ["file:///etc/passwd", "unsupported_scheme", "starts with file:"],
    ["javascript:alert(1)", "unsupported_scheme", "starts with javascript:"],
    ["data:text/html,<p>hi</p>", "unsupported_scheme", "starts with data:"],
    ["gopher://public.example/", "unsupported_scheme", "starts with gopher:"],
    ["http://user:secret@public.example/", "credentials_in_address", "remove the part before @"],
    ["https://user@public.example/", "credentials_in_address", "user name or password"],
    ["public.example/page", "invalid_address", "use a full address"],
    ["", "invalid_address", "not a web address"],
    ["http://", "invalid_address", "not a web address"],
    ["http://missing.example/", "host_not_found", "missing.example could not be found (ENOTFOUND)"],
    ["http://empty.example/", "host_not_found", "empty.example could not be found"],
  ])("%s (%s)", async (address, code, phrase) => {
    const result = await checkAddress(address, { resolve: stubResolver() });
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toContain(phrase);
  });
});

describe("checkAddress approves", () => {
  it("a public name, with every address it resolves to", async () => {
    const result = await checkAddress("https://Public.Example/a?b#c", { resolve: stubResolver() });
    expect(result).toMatchObject({
      ok: true,
      host: "public.example",
      port: 443,
      addresses: DNS["public.example"],
      allowListed: false,
    });
  });

  it.each([
    ["http://93.184.215.14/", "93.184.215.14"],
    ["http://[2606:4700::1111]:8080/", "2606:4700::1111"],
    ["http://[::ffff:93.184.215.14]/", "::ffff:5db8:d70e"],
  ])("a public literal address without a lookup: %s", async (address, literal) => {
    const resolve = stubResolver();
    const result = await checkAddress(address, { resolve });
    expect(result).toMatchObject({ ok: true, addresses: [literal] });
    expect(resolve).not.toHaveBeenCalled();
  });

  it("an allow-listed host even in a private network, on the listed port only", async () => {
    const parsed = parseAllowHosts("127.0.0.1:8080, wiki.intranet.example");
    const allowHosts = parsed.ok ? parsed.hosts : [];
    const resolve = stubResolver();
    expect(await checkAddress("http://127.0.0.1:8080/x", { resolve, allowHosts })).toMatchObject({
      ok: true,
      addresses: ["127.0.0.1"],
      allowListed: true,
    });
    expect(
      await checkAddress("http://wiki.intranet.example/", { resolve, allowHosts }),
    ).toMatchObject({ ok: true, addresses: ["10.1.2.3"], allowListed: true });
    for (const address of [
      "http://127.0.0.1:8081/",
      "http://127.0.0.1/",
      "http://localhost:8080/",
    ]) {
      expect(await checkAddress(address, { resolve, allowHosts })).toMatchObject({
        ok: false,
        code: "blocked_address",
      });
    }
    expect(await checkAddress("ftp://127.0.0.1:8080/", { resolve, allowHosts })).toMatchObject({
      ok: false,
      code: "unsupported_scheme",
    });
  });
});
