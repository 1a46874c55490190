// A patron who leaves, in real Chromium on the real server: following a link of the library's site
// keeps the chat live; leaving the site (a browser-initiated navigation, like typing an address)
// makes the librarian's offer say the patron left, and the chat leaves the queue after the grace.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startNodeServer } from '../../server/src/runtime/node/server.ts';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { ask, BUILT, widget } from './pages.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });
const skip = !CHROMIUM || !BUILT;
const GRACE_MS = 3_000;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  if (skip) return;
  browser = await launchChromium();
  server = await startNodeServer({
    port: 0,
    host: '127.0.0.1',
    dataPath: ':memory:',
    seed: true,
    logger: { info: () => undefined, error: () => undefined },
    room: { patronLeftGraceMs: GRACE_MS },
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Frame = { type: string } & Record<string, unknown>;
type Offer = { chatId: string; patronLeftAt?: number };

async function responderFrames(cookie: string) {
  const frames: Frame[] = [];
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws/responder`, {
    headers: { cookie },
  } as unknown as string[]);
  socket.onmessage = (event) => frames.push(JSON.parse(String(event.data)) as Frame);
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  socket.send(JSON.stringify({ type: 'hello', protocolVersion: 1 }));
  socket.send(JSON.stringify({ type: 'set_status', status: 'cooperative' }));
  const next = async (type: string, match: (frame: Frame) => boolean = () => true) => {
    let found: Frame | undefined;
    await expect
      .poll(() => (found = frames.find((f) => f.type === type && match(f))), { timeout: 20_000 })
      .toBeDefined();
    return found as Frame;
  };
  return { frames, next, close: () => socket.close() };
}

describe.skipIf(skip)('a patron who leaves the site', () => {
  it('stays live across the site’s links, shows as left once gone, and leaves the queue after the grace', async () => {
    const signIn = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ben@shelbyville.example', password: 'refdesk-demo' }),
    });
    const ben = await responderFrames((signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
    try {
      await ben.next('status');
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.goto(`${server.url}/demo/springfield`);
      // The watch is a chunk of its own, fetched once the patron has asked: wait until it is there.
      const watchLoaded = page.waitForResponse((response) =>
        /\/watch-departure-[\w-]+\.js$/.test(response.url()),
      );
      await ask(page, 'Do you have Dune?');
      const offer = (await ben.next('offer')).offer as Offer;
      await watchLoaded;
      const w = widget(page);
      const left = (frame: Frame) =>
        (frame.offer as Offer).chatId === offer.chatId &&
        (frame.offer as Offer).patronLeftAt !== undefined;

      await page.getByRole('link', { name: 'Catalogue' }).click();
      await page.waitForLoadState('load');
      await w.bubble('Do you have Dune?').waitFor({ state: 'attached' });
      expect(ben.frames.filter((f) => f.type === 'offer' && left(f))).toEqual([]);

      await page.goto('about:blank');
      const gone = (await ben.next('offer', left)).offer as Offer;
      expect(gone.patronLeftAt).toBeLessThanOrEqual(Date.now());
      await ben.next(
        'offer_withdrawn',
        (f) => f.chatId === offer.chatId && f.reason === 'patron_left',
      );
      await context.close();
    } finally {
      ben.close();
    }
  });
});
