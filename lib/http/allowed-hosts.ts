import { readEnv } from "@/lib/config/env-schema";

/** The names the app always answers to: loopback, which no other site can point a browser at. */
export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"] as const;

/** Which Host headers the app answers: a set of host names (no ports), or any. */
export type HostPolicy = { any: true } | { any: false; names: ReadonlySet<string> };

interface HostSettings {
  /** CROSSCHECK_ALLOWED_HOSTS, parsed; replaces the default names when given. */
  allowedHosts?: readonly string[];
  /** HOST, the address the server listens on. */
  host: string;
  /** CROSSCHECK_PUBLIC_URL, the address people use; its host is always allowed. */
  publicUrl?: string;
}

// Listening on every interface names no host a browser would use.
const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * The Host allow-list: by default the loopback names and HOST, plus the public URL's host. A
 * browser only sends another Host when a foreign name points at this server (DNS rebinding), so
 * every other name is refused.
 */
export function hostPolicy({ allowedHosts, host, publicUrl }: HostSettings): HostPolicy {
  if (allowedHosts?.includes("*")) return { any: true };
  const names = new Set<string>(allowedHosts ?? [...LOOPBACK_HOSTS, host]);
  if (publicUrl) names.add(new URL(publicUrl).hostname);
  const normalised = [...names]
    .map((name) => hostNameOf(name) ?? normaliseName(name))
    .filter((name) => !WILDCARD_ADDRESSES.has(name));
  return { any: false, names: new Set(normalised) };
}

/** The allow-list the app's settings give (as parsed by lib/config/env-schema). */
export function hostPolicyOf(env: {
  CROSSCHECK_ALLOWED_HOSTS?: readonly string[];
  HOST: string;
  CROSSCHECK_PUBLIC_URL?: string;
}): HostPolicy {
  return hostPolicy({
    allowedHosts: env.CROSSCHECK_ALLOWED_HOSTS,
    host: env.HOST,
    publicUrl: env.CROSSCHECK_PUBLIC_URL,
  });
}

/** The allow-list of the settings in the environment; throws when they are not valid. */
export function configuredHostPolicy(): HostPolicy {
  const parsed = readEnv(process.env);
  if (!parsed.ok) throw new Error(`invalid configuration: ${parsed.message}`);
  return hostPolicyOf(parsed.env);
}

/**
 * The host name of a Host header ("Example.org:3000" → "example.org", "[::1]:80" → "[::1]");
 * null when the header is missing or is not a host and optional port.
 */
export function hostNameOf(header: string | null | undefined): string | null {
  if (!header || /[\s/?#@\\]/.test(header)) return null;
  try {
    const url = new URL(`http://${header}`);
    return url.hostname ? normaliseName(url.hostname) : null;
  } catch {
    return null;
  }
}

/** True when the request's Host header names this app. */
export function isHostAllowed(header: string | null | undefined, policy: HostPolicy): boolean {
  if (policy.any) return true;
  const name = hostNameOf(header);
  return name !== null && policy.names.has(name);
}

// "LOCALHOST." and "localhost" name the same host; "::1" is written "[::1]" in a Host header.
function normaliseName(name: string): string {
  const lower = name.toLowerCase().replace(/\.$/, "");
  return lower.includes(":") && !lower.startsWith("[") ? `[${lower}]` : lower;
}
