import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli-process.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';
import { openSocket, signIn, type TestSocket } from './support/socket-client.ts';

const ORIGIN = 'http://localhost';
/** Under the socket frame-rate limits of both sides. */
const PACE_MS = 120;
type Message = { type: 'message'; seq: number; text: string };

let folder = '';
const running: ServerProcess[] = [];
const sockets: TestSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const server of running.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

async function start(dataPath: string) {
  const server = await startServerProcess(dataPath);
  running.push(server);
  return server;
}

async function track(socket: Promise<TestSocket>) {
  const opened = await socket;
  sockets.push(opened);
  return opened;
}

/** Sends one message after another, each once the previous one was acknowledged, until stopped. */
function keepSending(send: (n: number) => Promise<string>) {
  const acknowledged: string[] = [];
  let stopped = false;
  const done = (async () => {
    for (let n = 1; !stopped; n += 1) {
      acknowledged.push(await send(n));
      await new Promise((resolve) => setTimeout(resolve, PACE_MS));
    }
  })();
  return {
    acknowledged,
    stop: () => {
      stopped = true;
      return done;
    },
  };
}

describe('refdesk backup while chats flow through a running server', () => {
  it('restores to a database that holds every message acknowledged before the backup began', {
    timeout: 120_000,
  }, async () => {
    folder = mkdtempSync(join(tmpdir(), 'refdesk-backup-'));
    const dataPath = join(folder, 'refdesk.db');
    const backupPath = join(folder, 'backup.db');
    let server = await start(dataPath);
    const { cookie } = await signIn(server.url, 'ben@shelbyville.example');
    const ben = await track(openSocket(`${server.url}/ws/responder`, { cookie }));
    ben.send({ type: 'hello', protocolVersion: 1 });
    ben.send({ type: 'set_status', status: 'cooperative' });
    await ben.next('status');
    const patron = await track(openSocket(`${server.url}/ws/patron`, { origin: ORIGIN }));
    patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    const { resumeToken } = await patron.next<{ type: 'welcome'; resumeToken: string }>('welcome');
    patron.send({ type: 'ask', clientMessageId: 'q', question: 'Do you have the 1910 census?' });
    const { offer } = await ben.next<{ type: 'offer'; offer: { chatId: string } }>('offer');
    ben.send({ type: 'accept', chatId: offer.chatId });
    await patron.next('assigned');

    const fromPatron = keepSending(async (n) => {
      const text = `patron ${n}`;
      patron.send({ type: 'send', clientMessageId: `p${n}`, text });
      await patron.next<{ type: 'ack'; clientMessageId: string }>(
        'ack',
        (a) => a.clientMessageId === `p${n}`,
      );
      return text;
    });
    const fromBen = keepSending(async (n) => {
      const text = `ben ${n}`;
      ben.send({ type: 'send', chatId: offer.chatId, clientMessageId: `b${n}`, text });
      await ben.next<{ type: 'ack'; clientMessageId: string }>(
        'ack',
        (a) => a.clientMessageId === `b${n}`,
      );
      return text;
    });
    await patron.next<Message>('message', (m) => m.text === 'ben 3');
    const acknowledgedBefore = [
      'Do you have the 1910 census?',
      ...fromPatron.acknowledged,
      ...fromBen.acknowledged,
    ];
    const backup = await runCli(['--json', '--data', dataPath, 'backup', backupPath]);
    const acknowledgedByTheEnd = fromPatron.acknowledged.length + fromBen.acknowledged.length;
    await Promise.all([fromPatron.stop(), fromBen.stop()]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ counts: { chats: 1 } });
    // The chat kept flowing while the backup ran.
    expect(acknowledgedByTheEnd).toBeGreaterThan(acknowledgedBefore.length - 1);

    server.child.kill('SIGKILL');
    await server.exited;
    running.length = 0;
    const restored = await runCli(['--data', dataPath, 'restore', backupPath]);
    expect(restored.code, restored.stderr).toBe(0);

    server = await start(dataPath);
    const patronBack = await track(openSocket(`${server.url}/ws/patron`, { origin: ORIGIN }));
    patronBack.send({
      type: 'hello',
      protocolVersion: 1,
      libraryId: 'springfield',
      resumeToken,
      lastSeq: 0,
    });
    await patronBack.next('welcome');
    await patronBack.next('assigned');
    const replayed = patronBack.frames.filter((f): f is Message => f.type === 'message');
    const texts = replayed.map((m) => m.text);
    for (const text of acknowledgedBefore) expect(texts).toContain(text);
    // A consistent snapshot: the chat's messages without a gap.
    expect(replayed.map((m) => m.seq)).toEqual(replayed.map((_, i) => i + 1));
  });
});
