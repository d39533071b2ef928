import { isIP } from "node:net";
import { classifyAddress, type BlockedKind } from "./address-ranges";
import { bare, effectivePort, isAllowListed, type AllowedHost } from "./allow-hosts";
import type { ImportRefusalCode } from "./import-refusal";
import { resolveWithSystem, type Resolver } from "./resolve-host";

export interface AddressCheckOptions {
  /** How host names become addresses; tests pass a stub, the server the system resolver. */
  resolve?: Resolver;
  /** Hosts reachable even in private networks (see parseAllowHosts). */
  allowHosts?: readonly AllowedHost[];
}

/** An approved address: where to connect (`addresses`, nothing else) and under which name. */
export interface ApprovedAddress {
  ok: true;
  url: URL;
  host: string;
  port: number;
  addresses: string[];
  allowListed: boolean;
}

export type AddressCheck =
  ApprovedAddress | { ok: false; code: ImportRefusalCode; message: string };

const PUBLIC_ONLY = "Crosscheck only imports public web pages.";

/** Names that are private by definition, refused before any lookup. */
const BLOCKED_NAMES: { test: (host: string) => boolean; kind: BlockedKind }[] = [
  { test: (host) => host === "localhost" || host.endsWith(".localhost"), kind: "loopback" },
  {
    test: (host) =>
      ["metadata", "metadata.google.internal", "metadata.goog", "instance-data"].includes(host) ||
      host.startsWith("instance-data."),
    kind: "metadata",
  },
];

const BLOCKED_PHRASES: Record<BlockedKind, string> = {
  loopback: "points to this server itself",
  private: "points into a private network",
  carrier_nat: "points into a provider's shared network (carrier-grade NAT)",
  link_local: "points to a link-local address, reachable only from the server's own network",
  metadata: "points to a cloud metadata service",
  multicast: "is a multicast address",
  unspecified: "is an unspecified address",
  broadcast: "is a broadcast address",
  reserved: "is a reserved address that no public web site uses",
};

/**
 * Decides whether Crosscheck may fetch a web address (a guard against server-side request
 * forgery): http or https only, no credentials, and a host none of whose addresses is loopback,
 * private, link-local, metadata or otherwise not public — unless the host is allow-listed. The
 * addresses returned are the only ones a connection may then use.
 */
export async function checkAddress(
  input: string | URL,
  { resolve = resolveWithSystem, allowHosts = [] }: AddressCheckOptions = {},
): Promise<AddressCheck> {
  const url = parseUrl(input);
  if (!url) {
    return refuse(
      "invalid_address",
      "This is not a web address; use a full address starting with http:// or https://.",
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return refuse(
      "unsupported_scheme",
      `Only web addresses starting with http:// or https:// can be imported (this one starts with ${url.protocol}).`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    return refuse(
      "credentials_in_address",
      "Addresses with a user name or password in them are not imported; remove the part before @.",
    );
  }
  const host = bare(url.hostname);
  const port = effectivePort(url);
  const allowListed = isAllowListed(host, port, allowHosts);
  const literal = isIP(host) !== 0;
  if (!allowListed && !literal) {
    const named = BLOCKED_NAMES.find((rule) => rule.test(host));
    if (named)
      return refuse("blocked_address", `${host} ${BLOCKED_PHRASES[named.kind]}; ${PUBLIC_ONLY}`);
  }

  let addresses: string[];
  if (literal) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      return refuse("host_not_found", notFoundMessage(host, error));
    }
    if (addresses.length === 0) return refuse("host_not_found", notFoundMessage(host, null));
  }

  if (!allowListed) {
    for (const address of addresses) {
      const verdict = safeClassify(address);
      if (verdict.public) continue;
      const phrase = BLOCKED_PHRASES[verdict.kind];
      return refuse(
        "blocked_address",
        literal
          ? `This address ${phrase} (${address}); ${PUBLIC_ONLY}`
          : `${host} ${phrase} (it resolves to ${address}); ${PUBLIC_ONLY}`,
      );
    }
  }
  return { ok: true, url, host, port, addresses, allowListed };
}

function parseUrl(input: string | URL): URL | null {
  if (input instanceof URL) return new URL(input.href);
  try {
    return new URL(input.trim());
  } catch {
    return null;
  }
}

/** A resolver answer that is not an IP address at all is treated as the worst case. */
function safeClassify(address: string) {
  try {
    return classifyAddress(address);
  } catch {
    return { public: false as const, kind: "reserved" as const };
  }
}

function notFoundMessage(host: string, error: unknown): string {
  const code = error && typeof error === "object" && "code" in error ? String(error.code) : null;
  const detail = code ? ` (${code})` : "";
  return `The host ${host} could not be found${detail}; check the address.`;
}

function refuse(code: ImportRefusalCode, message: string): AddressCheck {
  return { ok: false, code, message };
}
