// The reverse proxy configurations Refdesk ships in deploy/ (nginx, Caddy) and its systemd unit,
// run for real: a librarian signs in over https and a patron chats with her through each proxy's
// WebSocket upgrade. .ci/run installs nginx and Caddy; a machine without them skips that proxy.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  freePort,
  type RealProxy,
  startCaddy,
  startNginx,
  verifyUnit,
  which,
} from './support/real-proxies.ts';
import { cookieOf, requestFrom } from './support/request-from.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';

const BEN = { email: 'ben@shelbyville.example', password: 'refdesk-demo' };
type Frame = { type: string } & Record<string, unknown>;

/** A socket through the proxy, with every frame it received so far. */
async function socketThrough(proxy: RealProxy, path: string, options: WebSocket.ClientOptions) {
  const ws = new WebSocket(`${proxy.url.replace(/^https/, 'wss')}${path}`, {
    ca: proxy.ca,
    ...options,
  });
  const frames: Frame[] = [];
  ws.on('message', (data) => frames.push(JSON.parse(String(data)) as Frame));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const next = async (type: string, match: (frame: Frame) => boolean = () => true) => {
    let found: Frame | undefined;
    await expect
      .poll(() => (found = frames.find((frame) => frame.type === type && match(frame))), {
        timeout: 10_000,
      })
      .toBeDefined();
    return found as Frame;
  };
  return { send: (frame: object) => ws.send(JSON.stringify(frame)), next, close: () => ws.close() };
}

const proxies = [
  { name: 'nginx', binary: which('nginx'), start: startNginx },
  { name: 'Caddy', binary: which('caddy'), start: startCaddy },
];

for (const { name, binary, start } of proxies) {
  describe.skipIf(!binary)(`behind ${name} with deploy/'s configuration`, () => {
    let dir: string;
    let server: ServerProcess;
    let proxy: RealProxy;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'refdesk-real-proxy-'));
      const ports = { upstreamPort: await freePort(), httpsPort: await freePort() };
      // As an operator would: Refdesk on loopback, told its public origin and to trust loopback.
      server = await startServerProcess(join(dir, 'refdesk.db'), {
        PORT: String(ports.upstreamPort),
        REFDESK_TRUST_PROXY: 'loopback',
        REFDESK_PUBLIC_URL: `https://localhost:${ports.httpsPort}`,
      });
      proxy = await start(binary as string, ports);
    }, 60_000);
    afterAll(async () => {
      await proxy?.close();
      server?.child.kill('SIGTERM');
      await server?.exited;
      rmSync(dir, { recursive: true, force: true });
    }, 30_000);

    it('signs a librarian in over https with a Secure cookie, and a patron chats with her over wss', async () => {
      const signIn = await requestFrom(`${proxy.url}/api/session`, {
        ca: proxy.ca,
        headers: { origin: proxy.url },
        body: BEN,
      });
      expect(signIn.status).toBe(200);
      expect(String(signIn.headers['set-cookie'])).toMatch(/; Secure/i);

      const ben = await socketThrough(proxy, '/ws/responder', {
        headers: { cookie: cookieOf(signIn) },
        origin: proxy.url,
      });
      ben.send({ type: 'hello', protocolVersion: 1 });
      ben.send({ type: 'set_status', status: 'cooperative' });
      await ben.next('status');
      const patron = await socketThrough(proxy, '/ws/patron', { origin: 'http://localhost' });
      patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'shelbyville' });
      await patron.next('welcome');
      patron.send({ type: 'ask', clientMessageId: 'q1', question: 'Is there a late fee?' });
      const offer = await ben.next('offer');
      const chatId = (offer.offer as { chatId: string }).chatId;
      ben.send({ type: 'accept', chatId });
      ben.send({ type: 'send', chatId, clientMessageId: 'a1', text: 'No late fees on books.' });
      const answer = await patron.next('message', (frame) => frame.authorRole === 'responder');
      expect(answer).toMatchObject({ text: 'No late fees on books.', chatId });
      ben.close();
      patron.close();
    });

    it('redirects plain http to https, never serving the console unencrypted', async () => {
      const plain = await requestFrom(`${proxy.httpUrl}/console/`);
      expect([301, 308]).toContain(plain.status);
      expect(String(plain.headers.location)).toMatch(/^https:\/\/localhost(:\d+)?\/console\/$/);
      expect(proxy.errors()).not.toMatch(/\[(emerg|alert|crit)\]/);
    });
  });
}

const systemdAnalyze = which('systemd-analyze');
describe.skipIf(!systemdAnalyze)('deploy/systemd/refdesk.service', () => {
  it('passes systemd-analyze verify without one complaint', () => {
    const checkout = join(import.meta.dirname, '..', '..', '..');
    expect(verifyUnit(systemdAnalyze as string, checkout)).toBe('');
  });
});
