/**
 * The subnet an address belongs to, as text: the first three octets of an IPv4 address (a /24),
 * the first three groups of an IPv6 address (a /48). An IPv4 address mapped into IPv6
 * (`::ffff:192.0.2.7`) counts as IPv4. Anything else comes back unchanged.
 *
 * @example
 * subnetOf('192.0.2.77'); // '192.0.2.0/24'
 * subnetOf('2001:db8:abcd:12::1'); // '2001:db8:abcd::/48'
 */
export function subnetOf(address: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(address);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (!address.includes(':')) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 3).join(':')}::/48` : address;
}

/** The eight groups of an IPv6 address, without leading zeros; undefined when it is not one. */
function expandIpv6(address: string): string[] | undefined {
  const [head = '', tail, extra] = address.toLowerCase().split('::');
  if (extra !== undefined) return undefined;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined;
  return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}
