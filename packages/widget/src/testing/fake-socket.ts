import type { SocketLike } from '../client/socket/types.ts';
import type { BroadcastChannelLike } from '../client/types.ts';

/** A scripted stand-in for a patron socket: tests play the server's part. */
export interface FakeSocket extends SocketLike {
  readonly url: string;
  /** Frames the client sent, parsed. */
  readonly sent: Record<string, unknown>[];
  /** The socket opens; the client sends its `hello`. */
  accept(): void;
  /** The server sends a frame. */
  receive(frame: object): void;
  /** The connection is lost with this close code. */
  drop(code?: number): void;
}

/**
 * A WebSocket constructor for tests, which keeps every socket the client creates.
 *
 * @example
 * const fake = createFakeSockets();
 * const client = createChatClient({ ..., WebSocket: fake.WebSocket });
 * fake.last().accept();
 */
export function createFakeSockets() {
  const sockets: FakeSocket[] = [];
  class Socket implements FakeSocket {
    readonly url: string;
    readonly sent: Record<string, unknown>[] = [];
    readyState = 0;
    onopen: SocketLike['onopen'] = null;
    onmessage: SocketLike['onmessage'] = null;
    onclose: SocketLike['onclose'] = null;
    onerror: SocketLike['onerror'] = null;
    constructor(url: string) {
      this.url = url;
      sockets.push(this);
    }
    send(data: string): void {
      if (this.readyState !== 1) throw new Error('send on a socket that is not open');
      this.sent.push(JSON.parse(data) as Record<string, unknown>);
    }
    close(): void {
      this.readyState = 3;
    }
    accept(): void {
      this.readyState = 1;
      this.onopen?.({});
    }
    receive(frame: object): void {
      this.onmessage?.({ data: JSON.stringify(frame) });
    }
    drop(code = 1006): void {
      this.readyState = 3;
      this.onclose?.({ code });
    }
  }
  const last = (): FakeSocket => {
    const socket = sockets.at(-1);
    if (!socket) throw new Error('no socket was created');
    return socket;
  };
  return { WebSocket: Socket, sockets, last };
}

/**
 * BroadcastChannels that deliver to each other at once, as tabs of one site would.
 *
 * @example
 * const hub = createFakeChannels();
 * const tabA = createChatClient({ ..., channel: hub.open() });
 */
export function createFakeChannels() {
  const open = new Set<BroadcastChannelLike>();
  return {
    open(): BroadcastChannelLike {
      const channel: BroadcastChannelLike = {
        onmessage: null,
        postMessage(message) {
          for (const other of open) if (other !== channel) other.onmessage?.({ data: message });
        },
        close: () => void open.delete(channel),
      };
      open.add(channel);
      return channel;
    },
  };
}

/**
 * A Map-backed storage that records writes.
 *
 * @example
 * const storage = createMemoryStorage();
 */
export function createMemoryStorage() {
  const map = new Map<string, string>();
  const writes: string[] = [];
  return {
    map,
    writes,
    getItem: (key: string) => map.get(key) ?? null,
    setItem(key: string, value: string) {
      writes.push(key);
      map.set(key, value);
    },
    removeItem: (key: string) => void map.delete(key),
  };
}

/** A welcome frame as the server sends it. */
export function welcome(overrides: Record<string, unknown> = {}) {
  return {
    type: 'welcome',
    protocolVersion: 1,
    chatId: null,
    resumeToken: 'token-aaaaaaaaaaaaaaaa',
    state: 'none',
    library: {
      id: 'springfield',
      name: 'Springfield Public Library',
      privacyNote: 'We keep chats for 30 days.',
      nameField: 'optional',
      emailField: 'optional',
      available: true,
      transcriptEmail: true,
    },
    ...overrides,
  };
}

/** A message frame from a librarian. */
export function responderMessage(seq: number, text = `reply ${seq}`) {
  return {
    type: 'message',
    chatId: 'chat1',
    seq,
    id: `m${seq}`,
    authorRole: 'responder',
    displayName: 'Ana',
    text,
    sentAt: 1_700_000_000_000 + seq,
  };
}
