import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface RequestFromOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** The local address to connect from (any 127.x.y.z on Linux): the peer the server sees. */
  localAddress?: string;
  /** A certificate to trust for `https://` URLs. */
  ca?: string;
}

export interface ResponseFrom {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

/**
 * One HTTP(S) request from a chosen local address (which `fetch` cannot choose), so a test can be
 * a trusted proxy at 127.0.0.2 or an untrusted client at 127.0.0.1.
 *
 * @example
 * const { status } = await requestFrom(`${url}/api/session`, { method: 'POST', body, localAddress: '127.0.0.2' });
 */
export function requestFrom(url: string, options: RequestFromOptions = {}): Promise<ResponseFrom> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      url,
      {
        method: options.method ?? (body ? 'POST' : 'GET'),
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
        ...(options.ca ? { ca: options.ca } : {}),
        agent: false,
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          text += chunk;
        });
        incoming.on('end', () => {
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = text;
          }
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, json });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The `name=value` of a `Set-Cookie` answer, to send back as `Cookie`. */
export function cookieOf(response: ResponseFrom): string {
  const set = response.headers['set-cookie'];
  return String(Array.isArray(set) ? set[0] : (set ?? '')).split(';')[0] ?? '';
}
