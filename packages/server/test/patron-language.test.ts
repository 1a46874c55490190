// A patron's socket in their page's language: the server's refusals come worded in it, the code
// unchanged, through the real server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/runtime/node/server.ts';
import { plainPasswords } from './support/app-harness.ts';
import { openSocket, type TestSocket } from './support/socket-client.ts';
import { startTestServer } from './support/test-server.ts';

const ORIGIN = 'http://localhost';
let server: RunningServer;
const sockets: TestSocket[] = [];

beforeEach(async () => {
  server = await startTestServer(':memory:', { passwords: plainPasswords });
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await server.close();
});

async function patron(): Promise<TestSocket> {
  const socket = await openSocket(`${server.url}/ws/patron`, { origin: ORIGIN });
  sockets.push(socket);
  return socket;
}

type ErrorFrame = { type: 'error'; code: string; message: string; ref?: string };

describe('refusals to a patron', () => {
  it('are worded in the language the widget said hello in', async () => {
    const french = await patron();
    french.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield', locale: 'fr-CA' });
    await french.next('welcome');
    french.send({ type: 'send', clientMessageId: 'm1', text: 'Bonjour ?' });
    expect(await french.next<ErrorFrame>('error')).toMatchObject({
      code: 'invalid_state',
      ref: 'send',
      message: 'Ce n’est pas possible dans cette discussion pour le moment.',
    });

    const arabic = await patron();
    arabic.send({ type: 'hello', protocolVersion: 1, libraryId: 'nowhere', locale: 'ar' });
    expect(await arabic.next<ErrorFrame>('error')).toMatchObject({
      code: 'unknown_library',
      message: 'محادثة هذه المكتبة غير متاحة.',
    });
  });

  it('keep the server’s precise English for an English or unknown language', async () => {
    const german = await patron();
    german.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield', locale: 'de' });
    await german.next('welcome');
    german.send({ type: 'send', clientMessageId: 'm1', text: 'Hallo?' });
    expect((await german.next<ErrorFrame>('error')).message).toBe(
      'There is no open chat: ask a question first.',
    );
  });
});
