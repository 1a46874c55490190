import type { ChatClient } from '../client/chat-client.ts';
import { createChatClient } from '../client/create-chat-client.ts';
import type { ChatClientOptions } from '../client/types.ts';
import { createFakeSockets, createMemoryStorage, welcome } from './fake-socket.ts';

let ids = 0;

/**
 * A chat client on fake sockets and storage; `make` creates more clients (tabs, reloads) on the
 * same storage, `connect` accepts and welcomes the newest socket.
 *
 * @example
 * const { make, connect } = setupClient();
 * const client = make();
 * client.open();
 * const socket = connect();
 */
export function setupClient(overrides: Partial<ChatClientOptions> = {}) {
  const fake = createFakeSockets();
  const storage = createMemoryStorage();
  const make = (more: Partial<ChatClientOptions> = {}): ChatClient =>
    createChatClient({
      libraryId: 'springfield',
      server: 'http://127.0.0.1:8787',
      WebSocket: fake.WebSocket,
      storage,
      channel: null,
      createId: () => `cm${++ids}`,
      environment: {},
      ...overrides,
      ...more,
    });
  const connect = (frame: object = welcome()) => {
    fake.last().accept();
    fake.last().receive(frame);
    return fake.last();
  };
  return { fake, storage, make, connect };
}

/** The texts of the messages a client shows, in order. */
export const texts = (client: ChatClient) => client.getSnapshot().messages.map((m) => m.text);
