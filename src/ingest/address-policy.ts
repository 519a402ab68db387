// Which addresses a URL ingest may connect to: public unicast only, unless private addresses were allowed explicitly.
import { isIP } from 'node:net';

/** An IPv4 range as [first octets..., prefix length], with what to call it in a refusal. */
const IPV4_REFUSED: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, 'an unspecified ("this network") address'],
  ['10.0.0.0', 8, 'a private address (10/8)'],
  ['100.64.0.0', 10, 'a carrier-grade NAT address (100.64/10)'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.169.254', 32, 'the cloud metadata address'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address (172.16/12)'],
  ['192.0.0.0', 24, 'an IETF protocol address (192.0.0/24)'],
  ['192.168.0.0', 16, 'a private address (192.168/16)'],
  ['198.18.0.0', 15, 'a benchmarking address (198.18/15)'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved or broadcast address'],
];

/** IPv6 ranges as [hex prefix of the 128-bit address, prefix length, name]; IPv4 inside IPv6 is checked as IPv4. */
const IPV6_REFUSED: readonly (readonly [string, number, string])[] = [
  ['00000000000000000000000000000000', 128, 'the unspecified address'],
  ['00000000000000000000000000000001', 128, 'a loopback address'],
  ['fd000ec2000000000000000000000254', 128, 'the cloud metadata address'],
  ['fc', 7, 'a unique local (private) address (fc00::/7)'],
  ['fe8', 10, 'a link-local address (fe80::/10)'],
  ['fec', 10, 'a site-local address (fec0::/10)'],
  ['ff', 8, 'a multicast address'],
];

/** Why connecting to this IP address is refused, or null when it is a public address. */
export function refusedAddress(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return refusedV4(v4Bits(address));
  if (family !== 6) return `'${address}' is not an IP address`;
  const bits = v6Bits(address);
  const embedded = embeddedV4(bits);
  if (embedded !== null) {
    const why = refusedV4(embedded);
    return why === null ? null : `${why} written as IPv6`;
  }
  for (const [prefix, length, name] of IPV6_REFUSED) {
    if (bits >> BigInt(128 - length) === BigInt(`0x${prefix}`) >> BigInt(prefix.length * 4 - length)) {
      return name;
    }
  }
  return null;
}

/** Why connecting to this host name is refused before any lookup (RFC 6761: localhost is always loopback). */
export function refusedHostName(host: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') ? 'localhost is a loopback name' : null;
}

function refusedV4(bits: number): string | null {
  for (const [base, length, name] of IPV4_REFUSED) {
    const mask = length === 0 ? 0 : (~0 << (32 - length)) >>> 0;
    if ((bits & mask) >>> 0 === (v4Bits(base) & mask) >>> 0) return name;
  }
  return null;
}

function v4Bits(address: string): number {
  return address.split('.').reduce((acc, octet) => ((acc << 8) | Number(octet)) >>> 0, 0);
}

/** The 128 bits of an IPv6 address (already validated by isIP), with '::' and a trailing dotted quad expanded. */
function v6Bits(address: string): bigint {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const v4 = v4Bits(quad[1]!);
    text = `${text.slice(0, quad.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
}

/** IPv4 carried inside IPv6: mapped (::ffff:0:0/96), compatible (::/96), NAT64 (64:ff9b::/96), 6to4 (2002::/16). */
function embeddedV4(bits: bigint): number | null {
  const low32 = Number(bits & 0xffffffffn);
  const high96 = bits >> 32n;
  if (high96 === 0xffffn || high96 === 0x64ff9b0000000000000000n) return low32;
  // ::/96 holds :: and ::1 too; those are named as IPv6 (unspecified, loopback).
  if (high96 === 0n && low32 > 1) return low32;
  if (bits >> 112n === 0x2002n) return Number((bits >> 80n) & 0xffffffffn);
  return null;
}
