import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TlsProxy {
  /** `https://127.0.0.1:<port>`: the public origin clients use. */
  url: string;
  /** The self-signed certificate, for clients to trust. */
  ca: string;
  close(): Promise<void>;
}

/** A self-signed certificate for `localhost`, made with the system's openssl. */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'refdesk-tls-'));
  try {
    execFileSync(
      '/usr/bin/openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1'],
        ...['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A TLS-terminating reverse proxy in front of `target` (an `http://` server), as nginx would be:
 * it forwards requests and WebSocket upgrades over plain HTTP from `localAddress`, appending the
 * client to `X-Forwarded-For` and setting `X-Forwarded-Proto: https` and `X-Forwarded-Host`.
 *
 * @example
 * const proxy = await startTlsProxy(server.url, '127.0.0.2');
 * await fetchFrom(`${proxy.url}/healthz`, { ca: proxy.ca });
 */
export async function startTlsProxy(target: string, localAddress: string): Promise<TlsProxy> {
  const { key, cert } = selfSignedCertificate();
  const upstream = new URL(target);
  const forwardedHeaders = (headers: NodeJS.Dict<string | string[]>, client: string) => {
    const previous = headers['x-forwarded-for'];
    return {
      ...headers,
      'x-forwarded-for': previous ? `${previous}, ${client}` : client,
      'x-forwarded-proto': 'https',
      'x-forwarded-host': headers.host ?? '',
    };
  };
  const server: Server = createServer({ key, cert }, (incoming, outgoing) => {
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        localAddress,
        method: incoming.method,
        path: incoming.url,
        headers: forwardedHeaders(incoming.headers, incoming.socket.remoteAddress ?? ''),
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  server.on('upgrade', (incoming, client, head) => {
    const headers = forwardedHeaders(incoming.headers, incoming.socket.remoteAddress ?? '');
    const backend = connect({ host: upstream.hostname, port: Number(upstream.port), localAddress });
    backend.on('connect', () => {
      const lines = Object.entries(headers).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value ?? '']).map((item) => `${name}: ${item}`),
      );
      backend.write(`${incoming.method} ${incoming.url} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
      backend.write(head);
      backend.pipe(client);
      client.pipe(backend);
    });
    backend.on('error', () => client.destroy());
    client.on('error', () => backend.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `https://127.0.0.1:${port}`,
    ca: cert,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
