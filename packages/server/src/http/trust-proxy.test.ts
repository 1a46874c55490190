import { describe, expect, it } from 'vitest';
import {
  normalizeIpAddress,
  parseAddressRange,
  parseIpAddress,
  rangeContains,
} from './ip-address.ts';
import { createRequestNetwork } from './request-network.ts';
import { parseTrustProxy, resolveForwarded } from './trust-proxy.ts';

describe('IP addresses', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:7f00:1', '127.0.0.1'],
    ['203.0.113.9:4711', '203.0.113.9'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::1', '::1'],
    ['::', '::'],
    ['2001:db8:0:1:0:0:1:1', '2001:db8:0:1::1:1'],
  ])('reads %s as %s', (text, normal) => {
    expect(normalizeIpAddress(text)).toBe(normal);
  });

  it.each([
    'unknown',
    '',
    '256.0.0.1',
    '1.2.3',
    '01.2.3.4',
    '2001:db8::1::2',
    '1:2:3:4:5:6:7:8:9',
    'localhost',
    '_hidden',
  ])('refuses %j', (text) => {
    expect(parseIpAddress(text)).toBeUndefined();
  });

  it.each([
    ['10.0.0.0/8', '10.255.1.2', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['127.0.0.0/8', '::ffff:127.0.0.2', true],
    ['172.16.0.0/12', '172.31.255.255', true],
    ['172.16.0.0/12', '172.32.0.0', false],
    ['2001:db8::/32', '2001:db8:ffff::1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['fc00::/7', 'fd12:3456::1', true],
    ['192.0.2.1', '192.0.2.1', true],
    ['192.0.2.1', '192.0.2.2', false],
    ['::/0', '203.0.113.1', true],
  ])('range %s holds %s: %s', (range, address, inside) => {
    const parsed = parseAddressRange(range);
    const bytes = parseIpAddress(address);
    expect(parsed && bytes && rangeContains(parsed, bytes)).toBe(inside);
  });

  it.each(['10.0.0.0/33', '2001:db8::/129', '10.0.0.0/8/1', 'nonsense/8'])(
    'refuses the range %s',
    (range) => {
      expect(parseAddressRange(range)).toBeUndefined();
    },
  );
});

describe('REFDESK_TRUST_PROXY', () => {
  it.each([undefined, '', '0', ' '])('trusts nothing for %j', (value) => {
    expect(parseTrustProxy(value)).toEqual({ kind: 'none' });
  });

  it.each(['true', '10.0.0.0/99', 'loopback,evil', '*'])('refuses %j at start-up', (value) => {
    expect(() => parseTrustProxy(value)).toThrow(/REFDESK_TRUST_PROXY/);
  });

  type Row = [trust: string, peer: string, headers: Record<string, string>, client: string];
  const TABLE: Row[] = [
    // Trusting nothing: the direct peer, whatever it forwards.
    ['', '203.0.113.1', { 'x-forwarded-for': '198.51.100.7' }, '203.0.113.1'],
    // One hop: the address the proxy appended, not what the client wrote before it.
    ['1', '10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }, '198.51.100.7'],
    ['2', '10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.3' }, '198.51.100.7'],
    ['5', '10.0.0.2', { 'x-forwarded-for': '198.51.100.7' }, '198.51.100.7'],
    ['1', '10.0.0.2', {}, '10.0.0.2'],
    // Ranges: a peer outside them forwards nothing.
    ['loopback', '203.0.113.1', { 'x-forwarded-for': '198.51.100.7' }, '203.0.113.1'],
    ['loopback', '::ffff:127.0.0.1', { 'x-forwarded-for': '198.51.100.7' }, '198.51.100.7'],
    ['loopback', '::1', { 'x-forwarded-for': '2001:db8::7' }, '2001:db8::7'],
    // A spoofed chain: the walk stops at the first untrusted hop.
    [
      '10.0.0.0/8',
      '10.0.0.2',
      { 'x-forwarded-for': '10.9.9.9, 198.51.100.7, 10.0.0.3' },
      '198.51.100.7',
    ],
    ['10.0.0.0/8,127.0.0.1', '127.0.0.1', { 'x-forwarded-for': '1.1.1.1, 10.0.0.3' }, '1.1.1.1'],
    ['10.0.0.0/8', '10.0.0.2', { 'x-forwarded-for': 'garbage, 10.0.0.3' }, '10.0.0.3'],
    // RFC 7239 Forwarded, with quotes, brackets and ports, when there is no X-Forwarded-For.
    [
      'loopback',
      '127.0.0.1',
      { forwarded: 'for="[2001:db8:cafe::17]:4711";proto=https' },
      '2001:db8:cafe::17',
    ],
    ['1', '127.0.0.1', { forwarded: 'for=6.6.6.6, for=192.0.2.60:8080;by=10.0.0.1' }, '192.0.2.60'],
  ];
  it.each(TABLE)(
    'trusting %j, from %s with %j, the client is %s',
    (trust, peer, headers, client) => {
      expect(resolveForwarded(parseTrustProxy(trust), peer, new Headers(headers)).address).toBe(
        client,
      );
    },
  );

  it('takes the scheme and host only from a trusted peer', () => {
    const headers = new Headers({
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'refdesk.example.org',
    });
    const trusted = resolveForwarded(parseTrustProxy('loopback'), '127.0.0.1', headers);
    expect(trusted).toMatchObject({ protocol: 'https:', host: 'refdesk.example.org' });
    const untrusted = resolveForwarded(parseTrustProxy('loopback'), '192.0.2.1', headers);
    expect(untrusted).toEqual({ address: '192.0.2.1' });
    const bad = new Headers({
      'x-forwarded-proto': 'javascript',
      'x-forwarded-host': 'evil.example/path',
    });
    expect(resolveForwarded(parseTrustProxy('1'), '127.0.0.1', bad)).toEqual({
      address: '127.0.0.1',
    });
  });
});

describe('the public origin', () => {
  const request = (headers: Record<string, string> = {}) =>
    new Request('http://127.0.0.1:8787/api/session', { headers });
  const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'refdesk.example.org' };

  it('is the request URL when no proxy is trusted, whatever the headers say', () => {
    expect(createRequestNetwork().publicOrigin(request(forwarded), '127.0.0.1')).toBe(
      'http://127.0.0.1:8787',
    );
  });

  it('follows a trusted proxy, and keeps the request host when the proxy sends none', () => {
    const network = createRequestNetwork({ trustProxy: 'loopback' });
    expect(network.publicOrigin(request(forwarded), '127.0.0.1')).toBe(
      'https://refdesk.example.org',
    );
    const protoOnly = request({ 'x-forwarded-proto': 'https' });
    expect(network.publicOrigin(protoOnly, '127.0.0.1')).toBe('https://127.0.0.1:8787');
  });

  it('is REFDESK_PUBLIC_URL when set, and a bad one throws at start-up', () => {
    const network = createRequestNetwork({ publicUrl: 'https://refdesk.example.org/some/path' });
    expect(network.publicOrigin(request(), '192.0.2.1')).toBe('https://refdesk.example.org');
    expect(() => createRequestNetwork({ publicUrl: 'refdesk.example.org' })).toThrow(
      /REFDESK_PUBLIC_URL/,
    );
  });
});
