/** An address range: the first `bits` bits of `bytes` (16 bytes; IPv4 as `::ffff:a.b.c.d`). */
export interface AddressRange {
  bytes: Uint8Array;
  bits: number;
}

/**
 * An IPv4 or IPv6 address as 16 bytes (IPv4 mapped into `::ffff:0:0/96`), or undefined when the
 * text is not one. Accepts what proxies write: brackets, a zone (`%eth0`), and a port after an
 * IPv4 address or a bracketed IPv6 one.
 *
 * @example
 * parseIpAddress('[2001:db8::1]:443'); // Uint8Array(16) [32, 1, 13, 184, 0, ..., 1]
 */
export function parseIpAddress(text: string): Uint8Array | undefined {
  let value = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.indexOf(':'));
  value = value.replace(/%[\w.-]+$/, '');
  const v4 = parseIpv4(value);
  if (v4) return Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4]);
  return parseIpv6(value);
}

/**
 * The usual text of an address: dotted for IPv4 (also when it came IPv4-mapped, as Node reports
 * peers of a dual-stack socket), compressed lower-case for IPv6. Undefined when not an address.
 *
 * @example
 * normalizeIpAddress('::FFFF:127.0.0.1'); // '127.0.0.1'
 */
export function normalizeIpAddress(text: string): string | undefined {
  const bytes = parseIpAddress(text);
  if (!bytes) return undefined;
  if (isIpv4Mapped(bytes)) return [...bytes.subarray(12)].join('.');
  const groups = Array.from(
    { length: 8 },
    (_, i) => ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0),
  );
  // The longest run of two or more zero groups becomes `::`.
  let best = { at: -1, length: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { at: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.length).join(':')}`;
}

/**
 * A range from `10.0.0.0/8`, `2001:db8::/32`, or a single address. IPv4 prefixes count within the
 * mapped range, so `127.0.0.0/8` also holds `::ffff:127.0.0.1`.
 *
 * @example
 * rangeContains(parseAddressRange('10.0.0.0/8')!, parseIpAddress('10.1.2.3')!); // true
 */
export function parseAddressRange(text: string): AddressRange | undefined {
  const [address = '', prefix, ...rest] = text.trim().split('/');
  const bytes = parseIpAddress(address);
  if (!bytes || rest.length > 0) return undefined;
  const v4 = isIpv4Mapped(bytes) && !address.includes(':');
  const max = v4 ? 32 : 128;
  const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  if (bits < 0 || bits > max) return undefined;
  return { bytes, bits: v4 ? bits + 96 : bits };
}

/** Whether `address` (16 bytes) lies in `range`. */
export function rangeContains(range: AddressRange, address: Uint8Array): boolean {
  for (let bit = 0; bit < range.bits; bit += 8) {
    const mask = range.bits - bit >= 8 ? 0xff : (0xff << (8 - (range.bits - bit))) & 0xff;
    const i = bit / 8;
    if (((range.bytes[i] ?? 0) & mask) !== ((address[i] ?? 0) & mask)) return false;
  }
  return true;
}

function isIpv4Mapped(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part))) return;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

function parseIpv6(text: string): Uint8Array | undefined {
  if (!/^[\da-fA-F:.]+$/.test(text) || text.split('::').length > 2) return;
  const [head = '', tail] = text.split('::');
  const groups = (side: string): number[] | undefined => {
    if (side === '') return [];
    const out: number[] = [];
    const parts = side.split(':');
    for (const [i, part] of parts.entries()) {
      const v4 = i === parts.length - 1 && part.includes('.') ? parseIpv4(part) : undefined;
      if (v4) out.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      else if (/^[\da-fA-F]{1,4}$/.test(part)) out.push(Number.parseInt(part, 16));
      else return undefined;
    }
    return out;
  };
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  if (!left || !right) return;
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return;
  const all = [...left, ...Array<number>(tail === undefined ? 0 : missing).fill(0), ...right];
  return Uint8Array.from(all.flatMap((group) => [group >> 8, group & 0xff]));
}
