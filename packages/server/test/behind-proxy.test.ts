import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_CONNECTION_LIMITS } from '../src/realtime/connection-limiter.ts';
import type { RunningServer } from '../src/runtime/node/server.ts';
import { cookieOf, requestFrom } from './support/request-from.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';
import { startTestServer } from './support/test-server.ts';
import { startTlsProxy, type TlsProxy } from './support/tls-proxy.ts';

// The proxy connects from 127.0.0.2, the only address the server trusts; attackers come from 127.0.0.1.
const PROXY_ADDRESS = '127.0.0.2';
const ANA = { email: 'ana@springfield.example', password: 'refdesk-demo' };
const HELLO = JSON.stringify({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
const LIBRARY_SITE = 'http://localhost';

describe('behind a TLS-terminating reverse proxy (REFDESK_TRUST_PROXY=127.0.0.2)', () => {
  let dir: string;
  let server: ServerProcess;
  let proxy: TlsProxy;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'refdesk-proxy-'));
    server = await startServerProcess(join(dir, 'refdesk.db'), {
      REFDESK_TRUST_PROXY: PROXY_ADDRESS,
    });
    proxy = await startTlsProxy(server.url, PROXY_ADDRESS);
  }, 30_000);
  afterAll(async () => {
    await proxy?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs in over https with a Secure cookie, then makes cookie-authenticated changes', async () => {
    const through = { ca: proxy.ca, headers: { origin: proxy.url } };
    const signIn = await requestFrom(`${proxy.url}/api/session`, { ...through, body: ANA });
    expect(signIn.status).toBe(200);
    expect(String(signIn.headers['set-cookie'])).toMatch(/; Secure/i);
    const { csrfToken } = signIn.json as { csrfToken: string };
    const headers = { ...through.headers, cookie: cookieOf(signIn), 'x-csrf-token': csrfToken };
    const script = await requestFrom(`${proxy.url}/api/scripts`, {
      ca: proxy.ca,
      headers,
      body: { scope: 'personal', title: 'Through the proxy', text: 'Hello from behind TLS.' },
    });
    expect(script.status).toBe(201);
    const signOut = await requestFrom(`${proxy.url}/api/session`, {
      ca: proxy.ca,
      method: 'DELETE',
      headers,
    });
    expect(signOut.status).toBe(204);
  });

  it('opens a patron socket through the proxy', async () => {
    const ws = new WebSocket(`${proxy.url.replace(/^https/, 'wss')}/ws/patron`, {
      origin: LIBRARY_SITE,
      ca: proxy.ca,
    });
    const first = await new Promise<string>((resolve, reject) => {
      ws.on('open', () => ws.send(HELLO));
      ws.on('message', (data) => resolve(JSON.parse(String(data)).type));
      ws.on('error', reject);
    });
    ws.close();
    expect(first).toBe('welcome');
  });

  it('ignores the same forwarded headers from an untrusted direct peer', async () => {
    const spoofed = {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': new URL(proxy.url).host,
      'x-forwarded-for': '203.0.113.7',
    };
    const crossSite = await requestFrom(`${server.url}/api/session`, {
      localAddress: '127.0.0.1',
      headers: { ...spoofed, origin: proxy.url },
      body: ANA,
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.json).toMatchObject({ error: { code: 'csrf' } });
    const direct = await requestFrom(`${server.url}/api/session`, {
      localAddress: '127.0.0.1',
      headers: spoofed,
      body: ANA,
    });
    expect(direct.status).toBe(200);
    expect(String(direct.headers['set-cookie'])).not.toMatch(/Secure/i);
  });
});

describe('patron sockets behind a trusted proxy', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer(':memory:', { proxy: { trustProxy: PROXY_ADDRESS } });
  });
  afterAll(() => server?.close());

  const connect = (localAddress: string, forwardedFor: string) =>
    new Promise<{ welcomed: boolean; close?: number; ws: WebSocket }>((resolve) => {
      const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/ws/patron`, {
        origin: LIBRARY_SITE,
        localAddress,
        headers: { 'x-forwarded-for': forwardedFor },
      });
      ws.on('error', () => undefined);
      ws.on('open', () => ws.send(HELLO));
      ws.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'welcome') resolve({ welcomed: true, ws });
      });
      ws.on('close', (close) => resolve({ welcomed: false, close, ws }));
    });

  it('admits 1,000 patrons from distinct forwarded addresses, one proxy address', {
    timeout: 60_000,
  }, async () => {
    const patrons = 1_000;
    expect(patrons).toBeGreaterThan(DEFAULT_CONNECTION_LIMITS.burst * 10);
    const outcomes = await Promise.all(
      Array.from({ length: patrons }, (_, i) =>
        connect(PROXY_ADDRESS, `198.51.100.${i % 250}, 10.${i >> 8}.${i & 255}.9`),
      ),
    );
    for (const { ws } of outcomes) ws.close();
    expect(outcomes.filter((outcome) => outcome.welcomed).length).toBe(patrons);
  });

  it('counts a spoofed X-Forwarded-For from an untrusted peer against the peer itself', {
    timeout: 30_000,
  }, async () => {
    const attempts = DEFAULT_CONNECTION_LIMITS.burst * 3;
    const outcomes = await Promise.all(
      Array.from({ length: attempts }, (_, i) => connect('127.0.0.1', `10.1.${i}.1`)),
    );
    for (const { ws } of outcomes) ws.close();
    const refused = outcomes.filter((outcome) => !outcome.welcomed);
    expect(refused.length).toBeGreaterThan(0);
    for (const outcome of refused) expect(outcome.close).toBe(4008);
  });
});
