import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyAddress } from "./address-ranges";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["2130706433", "loopback"],
    ["0x7f.1", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:0:7f00:1", "loopback"],
    ["10.0.0.5", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["fec0::1", "private"],
    ["64:ff9b::10.0.0.1", "private"],
    ["100.64.0.1", "carrier_nat"],
    ["100.127.255.254", "carrier_nat"],
    ["169.254.1.1", "link_local"],
    ["fe80::1", "link_local"],
    ["169.254.169.254", "metadata"],
    ["::ffff:169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["168.63.129.16", "metadata"],
    ["100.100.100.200", "metadata"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["ff02::1", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["::", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.1", "reserved"],
    ["198.51.100.7", "reserved"],
    ["203.0.113.9", "reserved"],
    ["240.0.0.1", "reserved"],
    ["2001:db8::1", "reserved"],
    ["::7f00:1", "reserved"],
    ["2002:7f00:1::", "reserved"],
    ["64:ff9b:1::a00:1", "reserved"],
  ])("%s is not public (%s)", (address, kind) => {
    expect(classifyAddress(address)).toEqual({ public: false, kind });
  });

  it.each([
    "93.184.215.14",
    "172.32.0.1",
    "100.128.0.1",
    "8.8.8.8",
    "2606:4700::1111",
    "::ffff:93.184.215.14",
    "64:ff9b::8.8.8.8",
  ])("%s is public", (address) => {
    expect(classifyAddress(address)).toEqual({ public: true });
  });

  it("judges an IPv4 address and its IPv6 wrappers alike", () => {
    fc.assert(
      fc.property(fc.ipV4(), (v4) => {
        const plain = classifyAddress(v4);
        expect(classifyAddress(`::ffff:${v4}`)).toEqual(plain);
        expect(classifyAddress(`64:ff9b::${v4}`)).toEqual(plain);
      }),
    );
  });

  it("refuses every address of the private IPv4 ranges", () => {
    const privateV4 = fc.oneof(
      fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
    );
    fc.assert(
      fc.property(privateV4, (octets) => {
        expect(classifyAddress(octets.join("."))).toEqual({ public: false, kind: "private" });
      }),
    );
  });
});
