// The script tag on the real server's demo page, in real Chromium: a Springfield patron chats with
// Ben at Shelbyville through a page reload and a server restart, and nothing is lost or doubled.
// Then library pages on other origins: one the library does not allow, one it allows under a
// strict Content Security Policy.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startNodeServer } from '../../server/src/runtime/node/server.ts';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { ask, BUILT, libraryPage, widget } from './pages.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const skip = !CHROMIUM || !BUILT;
const logger = { info: () => undefined, error: () => undefined };
let browser: Browser;
let folder: string;

beforeAll(async () => {
  if (!skip) browser = await launchChromium();
  folder = mkdtempSync(join(tmpdir(), 'refdesk-widget-e2e-'));
});
// What a test opened, closed even when it fails, so the next test starts on a free data file.
const openedInTest: Array<{ close(): Promise<void> | void }> = [];
afterEach(async () => {
  for (const opened of openedInTest.splice(0).reverse()) await opened.close();
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function start(
  port: number,
  room?: Parameters<typeof startNodeServer>[0]['room'],
): Promise<RunningServer> {
  const server = await startNodeServer({
    port,
    host: '127.0.0.1',
    dataPath: join(folder, 'refdesk.db'),
    seed: true,
    logger,
    ...(room ? { room } : {}),
  });
  openedInTest.push(server);
  return server;
}

async function newPage() {
  const context = await browser.newContext();
  openedInTest.push(context);
  return context.newPage();
}

type Frame = { type: string } & Record<string, unknown>;
// As long as a page step may take: on a busy machine a frame is as slow as a click.
const FRAME_TIMEOUT_MS = 15_000;

/** Ben's console, as a bare responder socket. */
async function responder(server: RunningServer, cookie: string) {
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
      .poll(() => (found = frames.find((f) => f.type === type && match(f))), {
        timeout: FRAME_TIMEOUT_MS,
      })
      .toBeDefined();
    return found as Frame;
  };
  const send = (frame: object) => socket.send(JSON.stringify(frame));
  return { frames, next, send, close: () => socket.close() };
}

async function signIn(server: RunningServer): Promise<string> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ben@shelbyville.example', password: 'refdesk-demo' }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe.skipIf(skip)('the widget on the real server', () => {
  it('chats with a librarian through a page reload and a server restart', async () => {
    let server = await start(0);
    const port = server.port;
    const cookie = await signIn(server);
    let ben = await responder(server, cookie);
    await ben.next('status');

    const page = await newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/demo/springfield`);
    const w = widget(page);
    await ask(page, 'Do you have Dune?');
    const offer = await ben.next('offer');
    const chatId = (offer.offer as { chatId: string }).chatId;
    ben.send({ type: 'accept', chatId });
    await w.root.getByText(/A librarian from Shelbyville Public Library is helping you/).waitFor();
    ben.send({ type: 'send', chatId, clientMessageId: 'b1', text: 'We have two copies.' });
    await w.bubble('two copies').waitFor();

    await page.reload();
    await w.bubble('two copies').waitFor();
    expect(await w.bubble('Do you have Dune?').count()).toBe(1);

    ben.close();
    await server.close();
    server = await start(port);
    ben = await responder(server, cookie);
    await ben.next('chat_assigned', (frame) => frame.chatId === chatId);
    ben.send({
      type: 'send',
      chatId,
      clientMessageId: 'b2',
      text: 'Still here after the restart.',
    });
    await w.bubble('Still here after the restart.').waitFor();
    if ((await w.message.count()) === 0) await w.launcher.click();
    await w.message.fill('Can I reserve one?');
    await w.send.click();
    await ben.next(
      'message',
      (frame) => (frame.message as { text: string }).text === 'Can I reserve one?',
    );
    expect(await w.bubble('two copies').count()).toBe(1);
    expect(await w.bubble('Do you have Dune?').count()).toBe(1);
    ben.close();
    await server.close();
  });
});

/** A library's page on another origin (`host`: 127.0.0.2 is another loopback address). */
async function pageServer(host: string, body: string, headers: Record<string, string> = {}) {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browser's kept-alive connections would hold close() open.
        server.closeAllConnections();
      }),
  };
}

describe.skipIf(skip)('the widget on a library page of another origin', () => {
  it('on a site the library does not allow: a clear state for the patron and one warning for the webmaster', async () => {
    const server = await start(0);
    const site = await pageServer('127.0.0.2', libraryPage({ script: `${server.url}/widget.js` }));
    const page = await newPage();
    page.setDefaultTimeout(15_000);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${site.url}/`);
    const w = widget(page);
    await w.launcher.click();
    await w.root
      .getByRole('status')
      .getByText(/Chat is not set up on this website yet/)
      .waitFor();
    expect(await w.root.getByRole('textbox').count()).toBe(0);
    expect(await w.root.getByRole('button', { name: 'Send' }).count()).toBe(0);
    // Closing and opening the panel again does not reconnect, nor warn twice.
    await w.launcher.click();
    await w.launcher.click();
    await w.root.getByText(/Chat is not set up on this website yet/).waitFor();
    const refdesk = warnings.filter((text) => text.startsWith('Refdesk:'));
    expect(refdesk).toHaveLength(1);
    expect(refdesk[0]).toContain(`(${site.url})`);
    expect(refdesk[0]).toContain('Widget settings > Allowed sites');
    await site.close();
    await server.close();
  });

  it('on an allowed site with a strict Content Security Policy: chats without one violation', async () => {
    const server = await start(0);
    const socketOrigin = server.url.replace('http', 'ws');
    const csp = `default-src 'self'; script-src 'self' ${server.url}; connect-src 'self' ${socketOrigin}; style-src 'self'`;
    const site = await pageServer('localhost', libraryPage({ script: `${server.url}/widget.js` }), {
      'content-security-policy': csp,
    });
    const ben = await responder(server, await signIn(server));
    await ben.next('status');
    const page = await newPage();
    page.setDefaultTimeout(15_000);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused/.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site.url}/`);
    const w = widget(page);
    await ask(page, 'Is the library open on Sunday?');
    const offer = await ben.next('offer');
    const chatId = (offer.offer as { chatId: string }).chatId;
    ben.send({ type: 'accept', chatId });
    ben.send({ type: 'send', chatId, clientMessageId: 'b1', text: 'Yes, from 1 to 5.' });
    await w.bubble('from 1 to 5').waitFor();
    expect(violations).toEqual([]);
    ben.close();
    await site.close();
    await server.close();
  });
});

describe.skipIf(skip)('the widget on an Arabic library page', () => {
  it('shows the service’s own lines, the disclosure and a refusal in Arabic, right to left', async () => {
    // One new chat per address: the patron's second question is refused (limit_reached).
    const server = await start(0, {
      budgets: { writesPerAddress: { limit: 1, windowMs: 60_000 } },
    });
    const site = await pageServer(
      'localhost',
      libraryPage({ script: `${server.url}/widget.js`, lang: 'ar' }),
    );
    openedInTest.push(site);
    const ben = await responder(server, await signIn(server));
    openedInTest.push(ben);
    await ben.next('status');
    const page = await newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${site.url}/`);
    const w = widget(page);
    await w.root.getByRole('button', { name: 'تحدّث مع أمين مكتبة' }).click();
    const panel = w.root.getByRole('dialog');
    expect(await panel.getAttribute('lang')).toBe('ar');
    expect(await panel.getAttribute('dir')).toBe('rtl');
    await w.root.getByLabel('الرسالة').fill('هل لديكم كتب عن تاريخ المدينة؟');
    await w.root.getByRole('button', { name: 'إرسال', exact: true }).click();
    const offer = await ben.next('offer');
    const chatId = (offer.offer as { chatId: string }).chatId;
    ben.send({ type: 'accept', chatId });
    const joined = w.bubble('انضم Ben Brooks (Shelbyville Public Library) إلى المحادثة.');
    await joined.waitFor();
    expect(await joined.evaluate((bubble) => getComputedStyle(bubble).direction)).toBe('rtl');
    await w.root
      .getByText(
        'يساعدك أمين مكتبة من Shelbyville Public Library نيابةً عن Springfield Public Library.',
      )
      .waitFor();
    // The librarian's console reads the same line in English.
    await ben.next(
      'message',
      (frame) =>
        (frame.message as { text: string }).text ===
        'Ben Brooks (Shelbyville Public Library) joined the chat.',
    );
    ben.send({ type: 'transfer', chatId, to: { kind: 'cooperative' } });
    await w.bubble('يحوّلك Ben Brooks إلى التعاونية. يُرجى البقاء في المحادثة.').waitFor();
    expect(await w.root.getByText(/joined the chat|transferring you/).count()).toBe(0);

    await w.root.getByRole('button', { name: 'خيارات أخرى' }).click();
    await w.root.getByRole('button', { name: 'إنهاء المحادثة' }).click();
    await w.root.getByRole('button', { name: 'بدء محادثة جديدة' }).click();
    await w.root.getByLabel('الرسالة').fill('سؤال آخر');
    await w.root.getByRole('button', { name: 'إرسال', exact: true }).click();
    await w.root
      .getByRole('alert')
      .getByText('طلبات كثيرة جدًا من هذا الاتصال الآن. يرجى المحاولة لاحقًا.')
      .waitFor();
  });
});
