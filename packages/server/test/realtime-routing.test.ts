import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/runtime/node-server.ts';
import { openSocket, signIn, type TestSocket } from './support/socket-client.ts';
import { startTestServer } from './support/test-server.ts';

const ORIGIN = 'http://localhost:5173';
let server: RunningServer;
const sockets: TestSocket[] = [];

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await server.close();
});

async function responder(email: string, status: 'local' | 'cooperative' = 'cooperative') {
  const { cookie } = await signIn(server.url, email);
  const socket = await openSocket(`${server.url}/ws/responder`, { cookie });
  sockets.push(socket);
  socket.send({ type: 'hello', protocolVersion: 1 });
  await socket.next('welcome');
  socket.send({ type: 'set_status', status });
  await socket.next('status');
  return socket;
}

async function patron(libraryId: string, question: string) {
  const socket = await openSocket(`${server.url}/ws/patron`, { origin: ORIGIN });
  sockets.push(socket);
  socket.send({ type: 'hello', protocolVersion: 1, libraryId });
  const welcome = await socket.next<{ type: 'welcome'; resumeToken: string }>('welcome');
  socket.send({ type: 'ask', clientMessageId: 'q1', question });
  await socket.next('ack');
  return { socket, resumeToken: welcome.resumeToken };
}

describe('a Springfield patron over real sockets', () => {
  it('reaches Ben at Shelbyville when no Springfield librarian is online, and they talk', async () => {
    const ben = await responder('ben@shelbyville.example');
    const { socket } = await patron('springfield', 'How do I get into the genealogy database?');
    const offer = await ben.next<{
      type: 'offer';
      offer: { chatId: string; tier: string; library: { id: string } };
    }>('offer');
    expect(offer.offer.library.id).toBe('springfield');
    expect(offer.offer.tier).not.toBe('local');
    ben.send({ type: 'accept', chatId: offer.offer.chatId });
    await ben.next('chat_assigned');
    const assigned = await socket.next<{
      type: 'assigned';
      libraryName: string;
      disclosure: string;
    }>('assigned');
    expect(assigned.libraryName).toBe('Shelbyville Public Library');
    expect(assigned.disclosure).toContain('on behalf of Springfield Public Library');
    ben.send({
      type: 'send',
      chatId: offer.offer.chatId,
      clientMessageId: 'b1',
      text: 'Use your card number and PIN.',
    });
    const reply = await socket.next<{ type: 'message'; text: string }>(
      'message',
      (m) => m.text === 'Use your card number and PIN.',
    );
    expect(reply.text).toBe('Use your card number and PIN.');
  });

  it('goes to Ana at Springfield first when she is online', async () => {
    const ana = await responder('ana@springfield.example');
    const ben = await responder('ben@shelbyville.example');
    await patron('springfield', 'Can I renew online?');
    const offer = await ana.next<{ type: 'offer'; offer: { tier: string } }>('offer');
    expect(offer.offer.tier).toBe('local');
    ben.send({ type: 'ping' });
    await ben.next('pong');
    expect(ben.frames.filter((frame) => frame.type === 'offer')).toHaveLength(0);
  });
});

describe('refusals', () => {
  it('closes a patron socket that speaks another protocol version, saying why', async () => {
    const socket = await openSocket(`${server.url}/ws/patron`, { origin: ORIGIN });
    socket.send({ type: 'hello', protocolVersion: 99, libraryId: 'springfield' });
    const error = await socket.next<{ type: 'error'; code: string }>('error');
    expect(error.code).toBe('protocol_version');
    expect((await socket.closed).code).toBe(4000);
  });

  it('closes a patron socket for an unknown library', async () => {
    const socket = await openSocket(`${server.url}/ws/patron`, { origin: ORIGIN });
    socket.send({ type: 'hello', protocolVersion: 1, libraryId: 'atlantis' });
    expect((await socket.next<{ type: 'error'; code: string }>('error')).code).toBe(
      'unknown_library',
    );
    expect((await socket.closed).code).toBe(4002);
  });

  it('refuses a page from an origin the library does not allow', async () => {
    const socket = await openSocket(`${server.url}/ws/patron`, { origin: 'https://evil.example' });
    socket.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    expect((await socket.next<{ type: 'error'; code: string }>('error')).code).toBe(
      'origin_not_allowed',
    );
    expect((await socket.closed).code).toBe(4003);
  });

  it('answers malformed and oversized frames with errors and keeps the socket open', async () => {
    const { socket } = await patron('springfield', 'hello?');
    socket.send('{not json');
    expect((await socket.next<{ type: 'error'; code: string }>('error')).code).toBe('bad_frame');
    socket.send({ type: 'send', clientMessageId: 'big', text: 'x'.repeat(40_000) });
    expect((await socket.next<{ type: 'error'; code: string }>('error')).code).toBe(
      'frame_too_large',
    );
    socket.send({ type: 'send', clientMessageId: 'ok1', text: 'still here' });
    const ack = await socket.next<{ type: 'ack'; clientMessageId: string }>('ack');
    expect(ack.clientMessageId).toBe('ok1');
  });

  it('tells a responder socket without a session that it is unauthorized', async () => {
    const socket = await openSocket(`${server.url}/ws/responder`);
    expect((await socket.next<{ type: 'error'; code: string }>('error')).code).toBe('unauthorized');
    expect((await socket.closed).code).toBe(4001);
  });
});
