import type { LookupAddress } from "node:dns";
import { connect as connectTcp, isIP, type LookupFunction, type Socket } from "node:net";
import { connect as connectTls, rootCertificates } from "node:tls";

/** Where one request may connect: the host it names and the addresses the guard approved. */
export interface ConnectTarget {
  protocol: "http:" | "https:";
  host: string;
  port: number;
  addresses: readonly string[];
}

/** Opens the socket for one request; tests wrap the default to watch every connection. */
export type Connector = (target: ConnectTarget) => Socket;

/**
 * A connector whose TCP (or TLS) connections reach the approved addresses only. The host name is
 * kept for the TLS handshake (SNI and certificate check) while its lookup answers from the
 * approved list, so a DNS answer that changes between the check and the connection (DNS
 * rebinding) is never asked for. `ca` adds certificate authorities to the usual ones (tests).
 */
export function pinnedConnector(trust: { ca?: string | Buffer } = {}): Connector {
  return ({ protocol, host, port, addresses }) => {
    const options = { host, port, lookup: pinnedLookup(host, addresses) };
    if (protocol === "http:") return connectTcp(options);
    return connectTls({
      ...options,
      servername: isIP(host) === 0 ? host : undefined,
      ALPNProtocols: ["http/1.1"],
      ...(trust.ca ? { ca: [...rootCertificates, trust.ca] } : {}),
    });
  };
}

/** The connector fetchForImport uses unless told otherwise. */
export const connectPinned: Connector = pinnedConnector();

/** A lookup that never asks DNS: it answers with the approved addresses of the family asked. */
function pinnedLookup(host: string, addresses: readonly string[]): LookupFunction {
  const pinned: LookupAddress[] = addresses.map((address) => ({
    address,
    family: isIP(address) === 6 ? 6 : 4,
  }));
  return (_hostname, options, callback) => {
    const family = typeof options.family === "number" ? options.family : 0;
    const usable = pinned.filter((entry) => family === 0 || entry.family === family);
    const first = usable[0];
    if (!first) {
      const error = Object.assign(new Error(`no approved address for ${host}`), {
        code: "ENOTFOUND",
      });
      callback(error, "");
    } else if (options.all) callback(null, usable);
    else callback(null, first.address, first.family);
  };
}
