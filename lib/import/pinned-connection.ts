import type { LookupAddress } from "node:dns";
import { connect as connectTcp, isIP, type LookupFunction, type Socket } from "node:net";
import { connect as connectTls } from "node:tls";

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
 * A TCP (or TLS) connection to one of the approved addresses only. The host name is kept for the
 * TLS handshake (SNI and certificate check) while its lookup answers from the approved list, so
 * a DNS answer that changes between the check and the connection (DNS rebinding) is never asked.
 */
export const connectPinned: Connector = ({ protocol, host, port, addresses }) => {
  const pinned: LookupAddress[] = addresses.map((address) => ({
    address,
    family: isIP(address) === 6 ? 6 : 4,
  }));
  const lookup: LookupFunction = (_hostname, options, callback) => {
    const family = typeof options.family === "number" ? options.family : 0;
    const usable = pinned.filter((entry) => family === 0 || entry.family === family);
    const first = usable[0];
    if (!first) {
      callback(
        Object.assign(new Error(`no approved address for ${host}`), { code: "ENOTFOUND" }),
        "",
      );
    } else if (options.all) callback(null, usable);
    else callback(null, first.address, first.family);
  };
  const options = { host, port, lookup, autoSelectFamily: pinned.length > 1 };
  if (protocol === "http:") return connectTcp(options);
  return connectTls({
    ...options,
    servername: isIP(host) === 0 ? host : undefined,
    ALPNProtocols: ["http/1.1"],
  });
};
