import { afterEach, beforeEach } from 'vitest';
import { openSocket, signIn, type TestSocket } from '../support/socket-client.ts';
import type { RuntimeUnderTest, StartRuntime } from './runtime-under-test.ts';

/** The origin of a library page the demo libraries allow (any port of localhost). */
export const LIBRARY_ORIGIN = 'http://localhost:5173';

export type Frame = { type: string } & Record<string, unknown>;
export type MessageFrame = {
  type: 'message';
  chatId: string;
  seq: number;
  text: string;
  clientMessageId?: string;
};

/** A test's view of its runtime: requests and sockets that carry the runtime's headers. */
export interface ScenarioClient {
  runtime: RuntimeUnderTest;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  signIn(email: string, password?: string): Promise<{ cookie: string; csrfToken: string }>;
  socket(
    path: '/ws/patron' | '/ws/responder',
    options?: { origin?: string; cookie?: string },
  ): Promise<TestSocket>;
  /** A signed-in responder whose console said hello and set a status. */
  responder(email: string, status?: 'local' | 'cooperative'): Promise<TestSocket & Signed>;
  /** A patron on a library page who said hello and asked a question. */
  patron(libraryId: string, question: string): Promise<Patron>;
}

interface Signed {
  cookie: string;
}

export interface Patron {
  socket: TestSocket;
  resumeToken: string;
  chatId: string;
}

function createScenarioClient(runtime: RuntimeUnderTest, sockets: TestSocket[]): ScenarioClient {
  const client: ScenarioClient = {
    runtime,
    fetch: (path, init = {}) =>
      fetch(`${runtime.url}${path}`, {
        ...init,
        headers: { ...runtime.headers, ...(init.headers as Record<string, string>) },
      }),
    signIn: (email, password) => signIn(runtime.url, email, password, runtime.headers),
    async socket(path, options = {}) {
      const socket = await openSocket(`${runtime.url}${path}`, {
        ...options,
        headers: runtime.headers,
      });
      sockets.push(socket);
      return socket;
    },
    async responder(email, status = 'cooperative') {
      const { cookie } = await client.signIn(email);
      const socket = await client.socket('/ws/responder', { cookie });
      socket.send({ type: 'hello', protocolVersion: 1 });
      await socket.next('welcome');
      socket.send({ type: 'set_status', status });
      await socket.next('status');
      return Object.assign(socket, { cookie });
    },
    async patron(libraryId, question) {
      const socket = await client.socket('/ws/patron', { origin: LIBRARY_ORIGIN });
      socket.send({ type: 'hello', protocolVersion: 1, libraryId });
      const welcome = await socket.next<{ type: 'welcome'; resumeToken: string }>('welcome');
      socket.send({ type: 'ask', clientMessageId: 'q1', question });
      await socket.next('ack');
      const own = await socket.next<MessageFrame>('message', (m) => m.clientMessageId === 'q1');
      return { socket, resumeToken: welcome.resumeToken, chatId: own.chatId };
    },
  };
  return client;
}

/**
 * Gives every test of the enclosing suite a fresh cooperative, and closes its sockets and the
 * runtime afterwards.
 *
 * @example
 * const client = useScenarioClient(start);
 * it('...', async () => { const ben = await client().responder('ben@shelbyville.example'); });
 */
export function useScenarioClient(start: StartRuntime): () => ScenarioClient {
  let current: { client: ScenarioClient; sockets: TestSocket[] } | undefined;
  beforeEach(async () => {
    const sockets: TestSocket[] = [];
    current = { client: createScenarioClient(await start(), sockets), sockets };
  });
  afterEach(async () => {
    if (!current) return;
    for (const socket of current.sockets) socket.close();
    await current.client.runtime.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('the scenario client exists only inside a test');
    return current.client;
  };
}

/** Messages among the frames a socket received, in arrival order. */
export const messagesOf = (socket: TestSocket): MessageFrame[] =>
  socket.frames.filter((frame): frame is MessageFrame & Frame => frame.type === 'message');

/** Waits until every frame sent before has been handled: the socket answers a ping in order. */
export async function settled(socket: TestSocket): Promise<void> {
  socket.send({ type: 'ping' });
  await socket.next('pong');
}
