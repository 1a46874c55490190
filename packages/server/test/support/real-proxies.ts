import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { requestFrom } from './request-from.ts';
import { selfSignedCertificate } from './tls-proxy.ts';

const DEPLOY = join(import.meta.dirname, '..', '..', '..', '..', 'deploy');

/** A real proxy started from the configuration file Refdesk ships in `deploy/`. */
export interface RealProxy {
  /** `https://localhost:<httpsPort>`: the public origin, also REFDESK_PUBLIC_URL. */
  url: string;
  /** `http://localhost:<port>`, which only redirects to https. */
  httpUrl: string;
  /** The certificate authority clients must trust. */
  ca: string;
  /** What the proxy wrote to its error output. */
  errors(): string;
  close(): Promise<void>;
}

/** Refdesk's port behind the proxy, and the proxy's public https port. */
export interface ProxyPorts {
  upstreamPort: number;
  httpsPort: number;
}

/** Where a proxy program is installed, if it is: `.ci/run` installs both. */
export const which = (program: string): string | undefined =>
  ['/usr/sbin', '/usr/bin', '/usr/local/bin']
    .map((dir) => join(dir, program))
    .find((path) => existsSync(path));

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The shipped file with the operator's edits a test makes: host name, ports, certificate. */
function shipped(path: string, edits: Array<[RegExp | string, string]>): string {
  let text = readFileSync(join(DEPLOY, path), 'utf8');
  for (const [from, to] of edits) {
    const before = text;
    text = text.replaceAll(from, to);
    // An edit that matches nothing means the shipped file changed under the test.
    if (text === before) throw new Error(`deploy/${path} no longer contains ${String(from)}`);
  }
  return text;
}

function run(binary: string, args: string[], dir: string) {
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, errors: () => errors, exited };
}

/** Polls the proxy's health route until Refdesk answers through it (or the proxy exits). */
async function untilServing(url: string, ca: () => string | undefined, proxy: ChildProcess) {
  await vi.waitFor(
    async () => {
      if (proxy.exitCode !== null) throw new Error(`the proxy exited with ${proxy.exitCode}`);
      const authority = ca();
      if (!authority) throw new Error('no certificate yet');
      const health = await requestFrom(`${url}/healthz`, { ca: authority });
      if (health.status !== 200) throw new Error(`healthz answered ${health.status}`);
    },
    { timeout: 20_000, interval: 100 },
  );
}

/** nginx 1.22+ with `deploy/nginx/refdesk.conf`, TLS from a self-signed certificate. */
export async function startNginx(nginx: string, ports: ProxyPorts): Promise<RealProxy> {
  const { upstreamPort, httpsPort } = ports;
  const dir = mkdtempSync(join(tmpdir(), 'refdesk-nginx-'));
  // Workers (user nobody when run as root) write their temporary files here.
  chmodSync(dir, 0o777);
  const { key, cert } = selfSignedCertificate();
  writeFileSync(join(dir, 'cert.pem'), cert);
  writeFileSync(join(dir, 'key.pem'), key);
  const httpPort = await freePort();
  const site = shipped('nginx/refdesk.conf', [
    ['ask.example.org', 'localhost'],
    ['/etc/letsencrypt/live/localhost/fullchain.pem', join(dir, 'cert.pem')],
    ['/etc/letsencrypt/live/localhost/privkey.pem', join(dir, 'key.pem')],
    ['127.0.0.1:8787', `127.0.0.1:${upstreamPort}`],
    ['listen 443 ssl;', `listen 127.0.0.1:${httpsPort} ssl;`],
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    // The test machine may have no IPv6.
    [/^\s*listen \[::\].*$/gm, ''],
  ]);
  writeFileSync(join(dir, 'refdesk.conf'), site);
  // What /etc/nginx/nginx.conf gives the site on a real machine.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(dir, kind)};`)
    .join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${join(dir, 'nginx.pid')}; error_log stderr warn;
events { worker_connections 256; }
http { access_log off; ${temp} include ${join(dir, 'refdesk.conf')}; }\n`,
  );
  const proxy = run(nginx, ['-p', dir, '-e', 'stderr', '-c', join(dir, 'nginx.conf')], dir);
  const url = `https://localhost:${httpsPort}`;
  await untilServing(url, () => cert, proxy.child);
  return {
    url,
    httpUrl: `http://localhost:${httpPort}`,
    ca: cert,
    errors: proxy.errors,
    close: async () => {
      // SIGTERM: a fast stop that does not wait for open WebSockets to end.
      proxy.child.kill('SIGTERM');
      await proxy.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Caddy 2.6+ with `deploy/caddy/Caddyfile`, TLS from Caddy's own local authority. */
export async function startCaddy(caddy: string, ports: ProxyPorts): Promise<RealProxy> {
  const { upstreamPort, httpsPort } = ports;
  const dir = mkdtempSync(join(tmpdir(), 'refdesk-caddy-'));
  const httpPort = await freePort();
  const site = shipped('caddy/Caddyfile', [
    ['ask.example.org {', 'localhost {'],
    ['127.0.0.1:8787', `127.0.0.1:${upstreamPort}`],
  ]);
  // Global options a test needs and a real server does not: ports, no admin API, a local
  // certificate authority instead of Let's Encrypt, storage in the test's folder.
  const global = `{
	admin off
	http_port ${httpPort}
	https_port ${httpsPort}
	local_certs
	skip_install_trust
	storage file_system ${dir}
}
`;
  writeFileSync(join(dir, 'Caddyfile'), global + site);
  const proxy = run(
    caddy,
    ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
    dir,
  );
  const root = join(dir, 'pki', 'authorities', 'local', 'root.crt');
  const ca = () => (existsSync(root) ? readFileSync(root, 'utf8') : undefined);
  const url = `https://localhost:${httpsPort}`;
  await untilServing(url, ca, proxy.child);
  return {
    url,
    httpUrl: `http://localhost:${httpPort}`,
    ca: ca() ?? '',
    errors: proxy.errors,
    close: async () => {
      proxy.child.kill('SIGTERM');
      await proxy.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `systemd-analyze verify` on the shipped unit, pointed at this checkout: what it complained of. */
export function verifyUnit(systemdAnalyze: string, checkout: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'refdesk-unit-'));
  try {
    const unit = shipped('systemd/refdesk.service', [['/opt/refdesk', checkout]]);
    writeFileSync(join(dir, 'refdesk.service'), unit);
    const result = spawnSync(systemdAnalyze, ['verify', join(dir, 'refdesk.service')], {
      encoding: 'utf8',
    });
    const said = `${result.stdout}${result.stderr}`.trim();
    return result.status === 0 ? said : `exit ${result.status}: ${said}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
