import { describe, expect, it } from 'vitest';
import { subnetOf } from './ip-subnet.ts';

describe('subnetOf', () => {
  it.each([
    ['192.0.2.77', '192.0.2.0/24'],
    ['192.0.2.1', '192.0.2.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48'],
    ['2001:0db8:00ab:ffff:1:2:3:4', '2001:db8:ab::/48'],
    ['::1', '0:0:0::/48'],
    ['not an address', 'not an address'],
    ['1::2::3', '1::2::3'],
  ])('puts %s in %s', (address, subnet) => {
    expect(subnetOf(address)).toBe(subnet);
  });

  it('puts two computers of one room in the same subnet and another room in another', () => {
    expect(subnetOf('203.0.113.10')).toBe(subnetOf('203.0.113.200'));
    expect(subnetOf('203.0.113.10')).not.toBe(subnetOf('203.0.114.10'));
  });
});
