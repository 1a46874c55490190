import {
  type AddressRange,
  normalizeIpAddress,
  parseAddressRange,
  parseIpAddress,
  rangeContains,
} from './ip-address.ts';

/**
 * Which reverse proxies in front of the server may say who the client is (`REFDESK_TRUST_PROXY`):
 * none (the default: the direct peer is the client), the nearest `hops` proxies whatever their
 * address, or the proxies whose addresses lie in `ranges`.
 */
export type TrustProxy =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'ranges'; ranges: AddressRange[] };

/** Named ranges, as in Express's `trust proxy`. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * Reads `REFDESK_TRUST_PROXY`: empty or `0` trusts nothing; a whole number trusts that many hops;
 * otherwise a comma-separated list of addresses, CIDR ranges and the names `loopback`,
 * `linklocal`, `uniquelocal`. A value it cannot read throws (a typo must not trust everyone).
 *
 * @example
 * parseTrustProxy('10.0.0.0/8, 127.0.0.1'); // { kind: 'ranges', ranges: [...] }
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0') return { kind: 'none' };
  if (/^\d+$/.test(text)) return { kind: 'hops', hops: Number(text) };
  const ranges: AddressRange[] = [];
  for (const entry of text.split(',').map((item) => item.trim().toLowerCase())) {
    for (const item of NAMED_RANGES[entry] ?? [entry]) {
      const range = parseAddressRange(item);
      if (!range) {
        throw new Error(
          `REFDESK_TRUST_PROXY: "${entry}" is neither a hop count, an address, a CIDR range, nor one of ${Object.keys(NAMED_RANGES).join(', ')}.`,
        );
      }
      ranges.push(range);
    }
  }
  return { kind: 'ranges', ranges };
}

/** What the trusted proxies said about a request, and who its client is. */
export interface ForwardedRequest {
  /** The client's address: the direct peer unless trusted proxies forwarded it. */
  address: string;
  /** The scheme and host the client used, when a trusted proxy said so (`https:`, `example.org`). */
  protocol?: string;
  host?: string;
}

/**
 * Resolves the client behind trusted proxies from `X-Forwarded-For` (or `Forwarded` when there is
 * no `X-Forwarded-For`), walking from the direct peer towards the client while hops are trusted:
 * entries an untrusted client wrote itself are never reached. `X-Forwarded-Proto`/`-Host` (or
 * `Forwarded` `proto=`/`host=`) count only when the direct peer is a trusted proxy.
 *
 * @example
 * resolveForwarded(parseTrustProxy('1'), '10.0.0.2', new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }));
 * // { address: '203.0.113.9' }
 */
export function resolveForwarded(
  trust: TrustProxy,
  peer: string,
  headers: Headers,
): ForwardedRequest {
  const direct = normalizeIpAddress(peer) ?? peer;
  if (!isTrusted(trust, direct, 0)) return { address: direct };
  const forwarded = parseForwarded(headers.get('forwarded'));
  const xff = headers.get('x-forwarded-for');
  const chain = [...(xff === null ? forwarded.map((e) => e.for ?? '') : xff.split(',')), direct];
  let address = direct;
  for (let hop = 1; hop < chain.length; hop++) {
    const next = normalizeIpAddress(chain[chain.length - 1 - hop] ?? '');
    if (!next) break; // garbage from a proxy: keep the last address we could trust
    address = next;
    if (!isTrusted(trust, next, hop)) break;
  }
  const protocol = lastOf(headers.get('x-forwarded-proto')) ?? forwarded.at(-1)?.proto;
  const host = lastOf(headers.get('x-forwarded-host')) ?? forwarded.at(-1)?.host;
  return {
    address,
    ...(protocol && /^https?$/i.test(protocol) ? { protocol: `${protocol.toLowerCase()}:` } : {}),
    ...(host && isHost(host) ? { host: host.toLowerCase() } : {}),
  };
}

/** Whether the proxy at `address`, `hop` steps from the server (0: the direct peer), is trusted. */
function isTrusted(trust: TrustProxy, address: string, hop: number): boolean {
  if (trust.kind === 'none') return false;
  if (trust.kind === 'hops') return hop < trust.hops;
  const bytes = parseIpAddress(address);
  return !!bytes && trust.ranges.some((range) => rangeContains(range, bytes));
}

interface ForwardedElement {
  for?: string;
  proto?: string;
  host?: string;
}

/** RFC 7239 `Forwarded: for=192.0.2.60;proto=https, for="[2001:db8::1]:4711"`. */
function parseForwarded(value: string | null): ForwardedElement[] {
  if (!value) return [];
  return value.split(',').map((element) => {
    const out: ForwardedElement = {};
    for (const pair of element.split(';')) {
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim().toLowerCase();
      const text = pair
        .slice(at + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
      if (at > 0 && (name === 'for' || name === 'proto' || name === 'host')) out[name] = text;
    }
    return out;
  });
}

function lastOf(value: string | null): string | undefined {
  const last = value?.split(',').at(-1)?.trim();
  return last || undefined;
}

function isHost(host: string): boolean {
  return /^([a-z\d-]+(\.[a-z\d-]+)*|\[[\da-f:.]+\])(:\d{1,5})?$/i.test(host);
}
