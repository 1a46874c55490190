import { normalizeIpAddress } from './ip-address.ts';
import { parseTrustProxy, resolveForwarded, type TrustProxy } from './trust-proxy.ts';

/** How the server is reached: `REFDESK_TRUST_PROXY` and `REFDESK_PUBLIC_URL`. */
export interface ProxySettings {
  /** Which proxies may forward the client's address, scheme and host (default: none). */
  trustProxy?: string | TrustProxy | undefined;
  /** The https origin the service is served at; when set, it is the public origin of every request. */
  publicUrl?: string | undefined;
}

/** Who a request comes from and which origin it was sent to, given the runtime's direct peer. */
export interface RequestNetwork {
  /** The client's address, for rate limits, connection limits and logs. */
  clientAddress(request: Request, peer: string): string;
  /** The origin the client used (`https://refdesk.example.org`): CSRF, Secure cookies, links. */
  publicOrigin(request: Request, peer: string): string;
}

/**
 * The request's client address and public origin, believing forwarded headers only from trusted
 * proxies. Invalid settings throw at start-up.
 *
 * @example
 * const network = createRequestNetwork({ trustProxy: 'loopback', publicUrl: 'https://refdesk.example.org' });
 * network.publicOrigin(request, '127.0.0.1'); // 'https://refdesk.example.org'
 */
export function createRequestNetwork(settings: ProxySettings = {}): RequestNetwork {
  const trust =
    typeof settings.trustProxy === 'object'
      ? settings.trustProxy
      : parseTrustProxy(settings.trustProxy);
  const fixed = settings.publicUrl ? parsePublicUrl(settings.publicUrl) : undefined;
  return {
    clientAddress: (request, peer) => resolveForwarded(trust, peer, request.headers).address,
    publicOrigin(request, peer) {
      if (fixed) return fixed;
      const url = new URL(request.url);
      const { protocol, host } = resolveForwarded(trust, peer, request.headers);
      if (!protocol && !host) return url.origin;
      return new URL(`${protocol ?? url.protocol}//${host ?? url.host}`).origin;
    },
  };
}

/** The runtime's peer address as a key: normalized, or `unknown` when the socket is gone. */
export function peerAddress(address: string | undefined): string {
  return (address && normalizeIpAddress(address)) ?? address ?? 'unknown';
}

function parsePublicUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`REFDESK_PUBLIC_URL: "${value}" is not an http(s) URL.`);
  }
  return url.origin;
}
