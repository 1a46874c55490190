// "Delete this chat" on the real server, in real Chromium: a Springfield patron deletes their chat
// from the options menu while Ben is answering it, another deletes theirs after it ended; another
// patron's token deletes nothing of theirs; the library's audit log says an erasure happened,
// without its content; and the database file, checkpointed, no longer holds the text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startNodeServer } from '../../server/src/runtime/node/server.ts';
import { databaseBytes } from '../../server/test/support/database-files.ts';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { ask, BUILT, widget } from './pages.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });
const skip = !CHROMIUM || !BUILT;
const logger = { info: () => undefined, error: () => undefined };
const FRAME_TIMEOUT_MS = 15_000;
let browser: Browser;
let folder: string;

beforeAll(async () => {
  if (!skip) browser = await launchChromium();
  folder = mkdtempSync(join(tmpdir(), 'refdesk-delete-chat-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

type Frame = { type: string } & Record<string, unknown>;

/** A socket that keeps every frame it receives and finds the first one matching. */
async function socketOf(url: string, headers: Record<string, string>) {
  const frames: Frame[] = [];
  const socket = new WebSocket(url, { headers } as unknown as string[]);
  socket.onmessage = (event) => frames.push(JSON.parse(String(event.data)) as Frame);
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
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

async function signIn(server: RunningServer, email: string): Promise<string> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'refdesk-demo' }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Ben answers, with the cooperative's chats offered to him. */
async function ben(server: RunningServer) {
  const cookie = await signIn(server, 'ben@shelbyville.example');
  const socket = await socketOf(`${server.url.replace('http', 'ws')}/ws/responder`, { cookie });
  socket.send({ type: 'hello', protocolVersion: 1 });
  socket.send({ type: 'set_status', status: 'cooperative' });
  await socket.next('status');
  const take = async (question: string) => {
    const offer = await socket.next(
      'offer',
      (f) => (f.offer as { question: string }).question === question,
    );
    const chatId = (offer.offer as { chatId: string }).chatId;
    socket.send({ type: 'accept', chatId });
    return chatId;
  };
  return { ...socket, take };
}

/** A patron of Springfield without a browser, on the demo page's origin. */
async function patronSocket(server: RunningServer) {
  const socket = await socketOf(`${server.url.replace('http', 'ws')}/ws/patron`, {
    origin: server.url,
  });
  socket.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
  const welcome = await socket.next('welcome');
  return { ...socket, token: () => welcome.resumeToken as string };
}

/** How many stored messages of the database contain `text`, read beside the running server. */
function storedCount(path: string, text: string): number {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const row = db
      .prepare(
        `SELECT (SELECT count(*) FROM messages WHERE text LIKE ?) +
           (SELECT count(*) FROM chats WHERE question LIKE ?) AS n`,
      )
      .get(`%${text}%`, `%${text}%`);
    return Number(row?.n);
  } finally {
    db.close();
  }
}

/** Deletes the chat through the widget's confirmation; returns the status the patron is shown. */
async function confirmDeletion(page: Page) {
  const w = widget(page);
  await w.root.getByRole('button', { name: 'Yes, delete it' }).click();
  const status = w.root.getByRole('status').filter({ hasText: 'has been deleted' });
  await status.waitFor();
  return status;
}

describe.skipIf(skip)('a patron deletes their chat', () => {
  it('erases it on the server, not another patron’s, audited without content, gone from the file', async () => {
    const dataPath = join(folder, 'refdesk.db');
    const server = await startNodeServer({
      port: 0,
      host: '127.0.0.1',
      dataPath,
      seed: true,
      logger,
    });
    try {
      const librarian = await ben(server);
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(FRAME_TIMEOUT_MS);
      await page.goto(`${server.url}/demo/springfield`);
      const w = widget(page);
      await ask(page, 'The quagga census of 1911, for Zebra Okonkwo?');
      const chatId = await librarian.take('The quagga census of 1911, for Zebra Okonkwo?');
      librarian.send({
        type: 'send',
        chatId,
        clientMessageId: 'b1',
        text: 'Try the zebrine atlas.',
      });
      await w.bubble('zebrine atlas').waitFor();

      // Another patron: their own token erases their own chat only; a made-up one, nothing.
      const other = await patronSocket(server);
      other.send({ type: 'ask', clientMessageId: 'o1', question: 'Okapi sightings?' });
      await other.next('queued');
      other.send({ type: 'erase_chat', resumeToken: 'x'.repeat(32) });
      expect((await other.next('error')).code).toBe('not_found');
      other.send({ type: 'erase_chat', resumeToken: other.token() });
      await other.next('received', (f) => f.what === 'erase_chat');
      expect(storedCount(dataPath, 'Okapi sightings')).toBe(0);
      expect(storedCount(dataPath, 'quagga census')).toBeGreaterThan(0);
      expect(storedCount(dataPath, 'zebrine atlas')).toBeGreaterThan(0);
      other.close();

      // From the options menu while Ben is answering: the chat ends, then is erased.
      await w.root.getByRole('button', { name: 'More options' }).click();
      await w.root.getByRole('button', { name: 'Delete this chat' }).click();
      const status = await confirmDeletion(page);
      // The outcome takes focus, so a screen reader reads it where the confirmation was.
      await expect
        .poll(() => status.evaluate((p) => (p.getRootNode() as ShadowRoot).activeElement === p))
        .toBe(true);
      await librarian.next('patron_left', (f) => f.chatId === chatId);
      // Ben records the outcome afterwards: the room must not write the text back.
      librarian.send({ type: 'end', chatId, outcome: 'answered' });
      await librarian.next('chat_ended', (f) => f.chatId === chatId && f.outcome === 'answered');
      expect(storedCount(dataPath, 'quagga census')).toBe(0);
      expect(storedCount(dataPath, 'zebrine atlas')).toBe(0);
      const kept = await page.evaluate(() => Object.keys(localStorage));
      expect(kept.filter((key) => key.startsWith('refdesk'))).toEqual([]);
      await w.root.getByRole('button', { name: 'Start a new chat' }).click();
      await expect.poll(() => w.bubbles.count()).toBe(0);

      // After a chat Ben ended: the button below the survey.
      await ask(page, 'Aardvark burrow depths?');
      const second = await librarian.take('Aardvark burrow depths?');
      librarian.send({ type: 'end', chatId: second, outcome: 'answered' });
      await w.root.getByRole('button', { name: 'Delete this chat' }).click();
      await confirmDeletion(page);
      expect(storedCount(dataPath, 'Aardvark burrow')).toBe(0);
      librarian.close();
      await context.close();

      // Springfield's admin sees that erasures happened, and nothing of what was erased.
      const cora = await signIn(server, 'cora@springfield.example');
      const audit = (await (
        await fetch(`${server.url}/api/audit`, { headers: { cookie: cora } })
      ).json()) as { entries: Array<{ action: string; detail: string; actorName: string }> };
      const erasures = audit.entries.filter((e) => e.action === 'chat_erased_by_patron');
      expect(erasures).toHaveLength(3);
      expect(erasures.map((e) => e.detail).join(' ')).toMatch(/messages and 0 follow-ups erased/);
      expect(JSON.stringify(audit)).not.toMatch(/quagga|zebrine|Aardvark|Okapi/);
    } finally {
      await server.close();
    }
    const db = new DatabaseSync(dataPath);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = databaseBytes(dataPath);
    for (const secret of [
      'quagga census',
      'Zebra Okonkwo',
      'zebrine atlas',
      'Aardvark burrow',
      'Okapi sightings',
    ]) {
      expect(bytes).not.toContain(secret);
    }
  });
});
