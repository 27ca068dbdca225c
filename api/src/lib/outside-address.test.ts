import { describe, expect, it } from 'vitest';
import { isPrivateAddress, isPublic } from './outside-address.ts';

describe('the private address rule', () => {
  it('refuses loopback, private, link-local and carrier-grade NAT addresses, also IPv4-mapped', () => {
    for (const [address, family] of [['127.0.0.1', 4], ['10.0.0.5', 4], ['172.16.3.4', 4], ['192.168.1.1', 4], ['169.254.169.254', 4], ['100.64.0.1', 4], ['0.0.0.0', 4],
      ['::1', 6], ['::', 6], ['fd00::1', 6], ['fe80::1', 6], ['::ffff:127.0.0.1', 6], ['::ffff:7f00:1', 6], ['::ffff:a9fe:a9fe', 6]] as const) {
      expect(isPrivateAddress(address, family), address).toBe(true);
    }
  });

  it('lets public addresses through, IPv4 ones included', () => {
    for (const [address, family] of [['93.184.215.14', 4], ['8.8.8.8', 4], ['2606:4700::1111', 6], ['::ffff:8.8.8.8', 6]] as const) {
      expect(isPrivateAddress(address, family), address).toBe(false);
    }
  });

  it('resolves names: localhost is private', async () => {
    expect(await isPublic('localhost')).toBe(false);
    expect(await isPublic('93.184.215.14')).toBe(true);
  });
});
