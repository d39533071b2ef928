import ipaddr from "ipaddr.js";

/** Why an address is not on the public internet, in words a refusal can use. */
export type BlockedKind =
  | "loopback"
  | "private"
  | "carrier_nat"
  | "link_local"
  | "metadata"
  | "multicast"
  | "unspecified"
  | "broadcast"
  | "reserved";

export type AddressClass = { public: true } | { public: false; kind: BlockedKind };

/**
 * Cloud metadata and host-agent services. Most lie in ranges refused anyway; they are named so
 * the refusal says what they are, and Azure's WireServer is a public address that only the
 * cloud's own machines can reach.
 */
const METADATA_ADDRESSES = new Set([
  "169.254.169.254", // AWS, GCP, Azure, OpenStack and most others
  "169.254.170.2", // AWS container credentials
  "168.63.129.16", // Azure WireServer
  "100.100.100.200", // Alibaba Cloud
  "192.0.0.192", // Oracle Cloud
  "fd00:ec2::254", // AWS over IPv6
]);

const IPV4_KINDS: Record<string, BlockedKind> = {
  unspecified: "unspecified",
  broadcast: "broadcast",
  multicast: "multicast",
  linkLocal: "link_local",
  loopback: "loopback",
  carrierGradeNat: "carrier_nat",
  private: "private",
};

const IPV6_KINDS: Record<string, BlockedKind> = {
  unspecified: "unspecified",
  linkLocal: "link_local",
  multicast: "multicast",
  loopback: "loopback",
  uniqueLocal: "private",
  deprecatedSiteLocal: "private",
};

/** The well-known NAT64 prefix: its last 32 bits are the IPv4 address a gateway connects to. */
const NAT64 = ipaddr.parseCIDR("64:ff9b::/96");
/** IPv4-compatible IPv6 (deprecated); some stacks still route it to the embedded IPv4 address. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");

/**
 * Whether a literal IP address (IPv4 or IPv6, as a resolver or a URL gives it) is a public
 * unicast address. Everything else is refused: only ranges ipaddr.js calls "unicast" pass, and
 * IPv6 forms that carry an IPv4 address (mapped, translated, NAT64) are judged by that address.
 */
export function classifyAddress(address: string): AddressClass {
  const parsed = ipaddr.parse(address);
  if (METADATA_ADDRESSES.has(parsed.toString())) return { public: false, kind: "metadata" };
  if (parsed.kind() === "ipv4") return classifyIpv4(parsed as ipaddr.IPv4);
  return classifyIpv6(parsed as ipaddr.IPv6);
}

function classifyIpv4(address: ipaddr.IPv4): AddressClass {
  if (METADATA_ADDRESSES.has(address.toString())) return { public: false, kind: "metadata" };
  const range = address.range();
  if (range === "unicast") return { public: true };
  return { public: false, kind: IPV4_KINDS[range] ?? "reserved" };
}

function classifyIpv6(address: ipaddr.IPv6): AddressClass {
  const embedded = embeddedIpv4(address);
  if (embedded) return classifyIpv4(embedded);
  if (address.match(IPV4_COMPATIBLE)) {
    // "::" and "::1" are in this prefix too and keep their own names.
    const range = address.range();
    return { public: false, kind: IPV6_KINDS[range] ?? "reserved" };
  }
  const range = address.range();
  if (range === "unicast") return { public: true };
  return { public: false, kind: IPV6_KINDS[range] ?? "reserved" };
}

/** The IPv4 address an IPv6 address stands for, when it is only a wrapper around one. */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const range = address.range();
  const isWrapper = range === "ipv4Mapped" || range === "rfc6145" || address.match(NAT64);
  if (!isWrapper) return null;
  const bytes = address.toByteArray().slice(12);
  return ipaddr.fromByteArray(bytes) as ipaddr.IPv4;
}
