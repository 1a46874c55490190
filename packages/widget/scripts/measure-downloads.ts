// What a browser downloads for the widget from the real server (`pnpm size`): the Node server with
// its demo data, the demo library page in Chromium, every response counted as it came over the wire
// (brotli where the server sends it), with its gzip -9 size beside it.
//   page view                          the page loads; the launcher shows
//   after opening, librarian online    a click, a question, the librarian accepts and answers
//   after opening, nobody online       a click on another visit: the leave-a-question form
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startNodeServer } from '../../server/src/runtime/node/server.ts';
import { CHROMIUM, launchChromium } from '../test/chromium.ts';
import { ask, widget } from '../test/pages.ts';
import {
  AFTER_OPENING_BUDGET,
  AFTER_OPENING_OFFLINE_CEILING,
  PAGE_VIEW_BUDGET,
  type Phase,
  type ServedFile,
} from './size-budget.ts';

const STEP_TIMEOUT_MS = 30_000;

/** Records what a page downloads from `origin`; `take()` waits for requests in flight, then empties. */
function recordDownloads(page: Page, origin: string) {
  let files: Promise<ServedFile | undefined>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    const type = response.request().resourceType();
    // The library's own page is not the widget's cost, nor the browser's own favicon request.
    if (url.origin !== origin || type === 'document' || url.pathname === '/favicon.ico') return;
    // What came over the wire (the body in its Content-Encoding), and the body gzipped at level 9
    // for comparison with servers that do not send brotli.
    const downloaded = response.finished().then(async () => {
      const [sizes, body] = await Promise.all([response.request().sizes(), response.body()]);
      return {
        path: url.pathname,
        bytes: sizes.responseBodySize,
        encoding: response.headers()['content-encoding'] ?? 'identity',
        gzipBytes: gzipSync(body, { level: 9 }).length,
      };
    });
    files.push(downloaded.catch(() => undefined));
  });
  let inFlight = 0;
  let settled: (() => void) | undefined;
  page.on('request', () => inFlight++);
  const done = () => {
    inFlight--;
    if (inFlight === 0) settled?.();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async (): Promise<ServedFile[]> => {
    if (inFlight > 0) await new Promise<void>((resolve) => (settled = resolve));
    const taken = (await Promise.all(files)).filter((file) => file !== undefined);
    files = [];
    return taken;
  };
}

/** A librarian's console as a bare responder socket: accepts the first offer and answers it. */
async function librarian(url: string) {
  const login = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ben@shelbyville.example', password: 'refdesk-demo' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const socket = new WebSocket(`${url.replace('http', 'ws')}/ws/responder`, {
    headers: { cookie },
  } as unknown as string[]);
  const send = (frame: object) => socket.send(JSON.stringify(frame));
  const status = new Promise<void>((resolve) => {
    socket.addEventListener('message', (event) => {
      const frame = JSON.parse(String(event.data)) as { type: string; offer?: { chatId: string } };
      if (frame.type === 'status') resolve();
      if (frame.type === 'offer' && frame.offer) {
        const { chatId } = frame.offer;
        send({ type: 'accept', chatId });
        send({ type: 'send', chatId, clientMessageId: 'size-1', text: 'Yes, two copies.' });
      }
    });
  });
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  send({ type: 'hello', protocolVersion: 1 });
  send({ type: 'set_status', status: 'cooperative' });
  await status;
  return {
    leave: () => {
      send({ type: 'set_status', status: 'away' });
      socket.close();
    },
  };
}

/**
 * The three phases, measured on a server of its own with the demo data in a temporary folder.
 *
 * @example
 * const phases = await measureDownloads();
 */
export async function measureDownloads(): Promise<Phase[]> {
  if (!CHROMIUM)
    throw new Error('size: needs Chromium (set CHROMIUM_PATH or put chromium on PATH)');
  const folder = mkdtempSync(join(tmpdir(), 'refdesk-size-'));
  const logger = { info: () => undefined, error: () => undefined };
  const server = await startNodeServer({
    port: 0,
    host: '127.0.0.1',
    dataPath: join(folder, 'refdesk.db'),
    seed: true,
    logger,
  });
  const browser = await launchChromium();
  try {
    const visit = async () => {
      const page = await (await browser.newContext()).newPage();
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      const take = recordDownloads(page, new URL(server.url).origin);
      await page.goto(`${server.url}/demo/springfield`);
      await widget(page).launcher.waitFor();
      return { page, take, pageView: await take() };
    };

    const ben = await librarian(server.url);
    const online = await visit();
    await ask(online.page, 'Do you have Dune?');
    await widget(online.page).bubble('two copies').waitFor();
    const afterOnline = await online.take();
    ben.leave();

    const offline = await visit();
    await widget(offline.page).launcher.click();
    await widget(offline.page)
      .root.getByText(/Leave your question/)
      .waitFor();
    const afterOffline = await offline.take();

    return [
      { name: 'page view', files: online.pageView, budget: PAGE_VIEW_BUDGET },
      {
        name: 'after opening, librarian online (click, question, answer)',
        files: afterOnline,
        budget: AFTER_OPENING_BUDGET,
      },
      {
        name: 'after opening, nobody online (click, leave-a-question form)',
        files: afterOffline,
        budget: AFTER_OPENING_BUDGET,
        ceiling: AFTER_OPENING_OFFLINE_CEILING,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
