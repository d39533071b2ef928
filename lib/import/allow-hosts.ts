import { isIP } from "node:net";

/**
 * A host that imports may reach although it resolves into a private network (an intranet wiki,
 * a test server). `port: null` allows every port; `subdomains` is written "*.example.org".
 */
export interface AllowedHost {
  host: string;
  port: number | null;
  subdomains: boolean;
}

const ENTRY = /^(\*\.)?(\[[0-9a-fA-F:.]+\]|[^\s:/?#@[\]*]+)(?::(\d{1,5}))?$/;

/**
 * Reads the allow-list setting (CROSSCHECK_IMPORT_ALLOW_HOSTS): comma-separated hosts, each a
 * name or an IP address with an optional port — `wiki.intranet.example, *.corp.example,
 * 10.0.0.7:8080, [fd00::7]:8080`. Names are compared as a browser writes them (lower case,
 * punycode); an unset or blank setting allows nothing.
 */
export function parseAllowHosts(
  setting: string | undefined,
): { ok: true; hosts: AllowedHost[] } | { ok: false; message: string } {
  const hosts: AllowedHost[] = [];
  for (const entry of (setting ?? "").split(",")) {
    const trimmed = entry.trim();
    if (trimmed === "") continue;
    const host = parseEntry(trimmed);
    if (!host) {
      return {
        ok: false,
        message: `"${trimmed}" is not a host; write names such as wiki.example, wiki.example:8080, *.corp.example or [fd00::7]:8080, separated by commas`,
      };
    }
    hosts.push(host);
  }
  return { ok: true, hosts };
}

/** Whether a URL's host (as `URL.hostname` gives it) and effective port are on the list. */
export function isAllowListed(
  hostname: string,
  port: number,
  hosts: readonly AllowedHost[],
): boolean {
  const name = bare(hostname);
  return hosts.some(
    (allowed) =>
      (allowed.port === null || allowed.port === port) &&
      (allowed.subdomains ? name.endsWith(`.${allowed.host}`) : name === allowed.host),
  );
}

/** A URL's port, or the scheme's default when the URL names none. */
export function effectivePort(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

/** A host name without IPv6 brackets and without the trailing dot of a fully qualified name. */
export function bare(hostname: string): string {
  return hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
}

function parseEntry(entry: string): AllowedHost | null {
  // A bare IPv6 address has colons of its own, so it cannot carry a port without brackets.
  const bareIpv6 = /^[0-9a-fA-F:.]+$/.test(entry) && (entry.match(/:/g) ?? []).length >= 2;
  const match = bareIpv6 ? [entry, undefined, `[${entry}]`, undefined] : ENTRY.exec(entry);
  if (!match) return null;
  const [, wildcard, hostPart, portPart] = match;
  const port = portPart === undefined ? null : Number(portPart);
  if (port !== null && (port < 1 || port > 65535)) return null;
  const host = normalizeHost(hostPart ?? "");
  if (host === null || (wildcard && isIP(bare(host)) !== 0)) return null;
  return { host: bare(host), port, subdomains: wildcard !== undefined };
}

/** The host as the URL parser writes it, so "Wiki.Example", "0x7f.1" and "[::0001]" match URLs. */
function normalizeHost(host: string): string | null {
  try {
    const { hostname } = new URL(`http://${host}/`);
    return hostname === "" ? null : hostname;
  } catch {
    return null;
  }
}
