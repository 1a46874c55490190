import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';
import { openSocket, signIn, type TestSocket } from './support/socket-client.ts';

const ORIGIN = 'http://localhost';
type Message = { type: 'message'; seq: number; text: string; clientMessageId?: string };

let folder: string;
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

describe('kill -9 of the server in the middle of a chat', () => {
  it('loses no acknowledged message, and the patron and the librarian resume the chat', {
    timeout: 30_000,
  }, async () => {
    folder = mkdtempSync(join(tmpdir(), 'refdesk-crash-'));
    const dataPath = join(folder, 'refdesk.db');
    let server = await start(dataPath);
    const { cookie } = await signIn(server.url, 'ben@shelbyville.example');
    const ben = await track(openSocket(`${server.url}/ws/responder`, { cookie }));
    ben.send({ type: 'hello', protocolVersion: 1 });
    ben.send({ type: 'set_status', status: 'cooperative' });
    await ben.next('status');
    const patron = await track(openSocket(`${server.url}/ws/patron`, { origin: ORIGIN }));
    patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    const { resumeToken } = await patron.next<{ type: 'welcome'; resumeToken: string }>('welcome');
    patron.send({ type: 'ask', clientMessageId: 'p1', question: 'Is the makerspace open Sunday?' });
    const offer = await ben.next<{ type: 'offer'; offer: { chatId: string } }>('offer');
    const chatId = offer.offer.chatId;
    ben.send({ type: 'accept', chatId });
    await patron.next('assigned');
    ben.send({ type: 'send', chatId, clientMessageId: 'b1', text: 'Yes, 1 to 5 pm.' });
    await ben.next('ack');
    patron.send({ type: 'send', clientMessageId: 'p2', text: 'Do I need to book?' });
    await patron.next('ack', (ack) => ack.clientMessageId === 'p2');

    const acknowledged = [
      'Is the makerspace open Sunday?',
      'Yes, 1 to 5 pm.',
      'Do I need to book?',
    ];
    server.child.kill('SIGKILL');
    await server.exited;
    await Promise.all([patron.closed, ben.closed]);
    running.length = 0;

    server = await start(dataPath);
    const patronBack = await track(openSocket(`${server.url}/ws/patron`, { origin: ORIGIN }));
    patronBack.send({
      type: 'hello',
      protocolVersion: 1,
      libraryId: 'springfield',
      resumeToken,
      lastSeq: 0,
    });
    const welcome = await patronBack.next<{ type: 'welcome'; chatId: string; state: string }>(
      'welcome',
    );
    expect(welcome).toMatchObject({ chatId, state: 'active' });
    await patronBack.next('assigned');
    const replayed = patronBack.frames.filter(
      (frame): frame is Message => frame.type === 'message',
    );
    const texts = replayed.map((message) => message.text);
    for (const text of acknowledged) expect(texts.filter((t) => t === text)).toHaveLength(1);
    const seqs = replayed.map((message) => message.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    const benBack = await track(openSocket(`${server.url}/ws/responder`, { cookie }));
    benBack.send({ type: 'hello', protocolVersion: 1 });
    const assigned = await benBack.next<{
      type: 'chat_assigned';
      chatId: string;
      transcript: { text: string }[];
    }>('chat_assigned');
    expect(assigned.chatId).toBe(chatId);
    expect(assigned.transcript.map((m) => m.text)).toEqual(expect.arrayContaining(acknowledged));
    benBack.send({ type: 'send', chatId, clientMessageId: 'b2', text: 'No booking needed.' });
    const after = await patronBack.next<Message>('message', (m) => m.text === 'No booking needed.');
    expect(after.seq).toBeGreaterThan(Math.max(...seqs));
  });

  it('closes every socket with "going away" on SIGTERM so clients reconnect', {
    timeout: 20_000,
  }, async () => {
    folder = mkdtempSync(join(tmpdir(), 'refdesk-term-'));
    const server = await start(join(folder, 'refdesk.db'));
    const patron = await track(openSocket(`${server.url}/ws/patron`, { origin: ORIGIN }));
    patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    await patron.next('welcome');
    server.child.kill('SIGTERM');
    expect((await patron.closed).code).toBe(1001);
    expect((await server.exited).code).toBe(0);
  });
});
