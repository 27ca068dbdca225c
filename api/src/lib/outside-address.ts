import { lookup } from 'node:dns/promises';
import { lookup as lookupCallback, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { BlockList, isIP } from 'node:net';

// The one rule for calls the product makes to addresses its users typed (a process's HTTP block, a webhook
// endpoint): loopback, private networks, link-local (cloud metadata), carrier-grade NAT and their IPv6
// counterparts are refused unless a setting allows them (PROCESS_HTTP_ALLOW_PRIVATE, WEBHOOKS_ALLOW_PRIVATE).
const privateAddresses = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) {
  privateAddresses.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::1', 128], ['::', 128], ['fc00::', 7], ['fe80::', 10]] as const) privateAddresses.addSubnet(network, prefix, 'ipv6');

/** An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, `::ffff:7f00:1`) as its IPv4 address; null for any other. */
function mappedIpv4(address: string) {
  const match = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!match) return null;
  if (match[1]) return match[1];
  const [high, low] = [parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

// A BlockList holding `::ffff:0:0/96` matches every IPv4 address too (it compares IPv4 as mapped IPv6): mapped
// addresses are unwrapped and checked as IPv4 instead.
export function isPrivateAddress(address: string, family: number) {
  const ipv4 = family === 6 ? mappedIpv4(address) : address;
  return ipv4 ? privateAddresses.check(ipv4, 'ipv4') : privateAddresses.check(address, 'ipv6');
}

/** Whether every address the host resolves to is public. */
export async function isPublic(host: string) {
  const bare = host.replace(/^\[|\]$/g, '');
  const addresses = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await lookup(bare, { all: true });
  return addresses.every(({ address, family }) => !isPrivateAddress(address, family));
}

export class PrivateAddressError extends Error {
  constructor(host: string) {
    super(`${host} is a private or loopback address: it may not be called.`);
    this.name = 'PrivateAddressError';
  }
}

/**
 * A `lookup` for node:http(s) that refuses private addresses where the connection is made: the address checked is
 * the address connected to, so a name that resolves to a public address when saved and a private one at send time
 * (DNS rebinding) is refused too.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookupCallback(hostname, { ...options, all: true }, (error, found) => {
    if (error) return callback(error, '', 0);
    const addresses = found as LookupAddress[];
    if (!addresses.length || addresses.some(({ address, family }) => isPrivateAddress(address, family))) return callback(new PrivateAddressError(hostname), '', 0);
    if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
