import { lookup } from "node:dns/promises";

/** Every address a host name resolves to, as literal IP strings. */
export type Resolver = (hostname: string) => Promise<string[]>;

/**
 * The system resolver (what the connection itself would use: /etc/hosts, then DNS), asked for
 * every address of both families, so that one private address among public ones is seen.
 */
export const resolveWithSystem: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
};
