import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeSockets, createMemoryStorage, welcome } from '../testing/fake-socket.ts';
import { createChatClient } from './create-chat-client.ts';

function setup(random = () => 0.5) {
  const fake = createFakeSockets();
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const client = createChatClient({
    libraryId: 'springfield',
    server: 'https://ask.example.org',
    WebSocket: fake.WebSocket,
    storage: createMemoryStorage(),
    channel: null,
    random,
    environment: { window: win, document: doc },
  });
  /** Advances the fake clock until the client opens its next socket; returns the wait in ms. */
  const nextSocket = (): number => {
    const before = fake.sockets.length;
    let waited = 0;
    while (fake.sockets.length === before) {
      vi.advanceTimersByTime(100);
      waited += 100;
      if (waited > 120_000) throw new Error('no new socket within two minutes');
    }
    fake.last().accept();
    return waited;
  };
  return { fake, win, doc, client, nextSocket };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the connection', () => {
  it('connects to the patron socket of the server and says hello first', () => {
    const { fake, client } = setup();
    client.open();
    expect(fake.last().url).toBe('wss://ask.example.org/ws/patron');
    fake.last().accept();
    expect(fake.last().sent[0]).toMatchObject({
      type: 'hello',
      protocolVersion: 1,
      libraryId: 'springfield',
    });
    expect(fake.last().sent[0]).not.toHaveProperty('resumeToken');
  });

  it('retries with growing jittered delays and never gives up', () => {
    const { fake, client, nextSocket } = setup(() => 0);
    client.open();
    fake.last().accept();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      fake.last().drop(1006);
      expect(client.getSnapshot().status).toBe('reconnecting');
      delays.push(nextSocket());
    }
    expect(delays.slice(0, 5)).toEqual([300, 500, 1000, 2000, 4000]);
    expect(delays.at(-1)).toBe(15_000);
    expect(fake.sockets).toHaveLength(21);
  });

  it('starts the backoff again after a socket that worked', () => {
    const { fake, client, nextSocket } = setup(() => 0);
    client.open();
    for (const _ of [1, 2, 3]) {
      fake.last().drop();
      nextSocket();
    }
    expect(fake.sockets).toHaveLength(4);
    fake.last().receive(welcome());
    fake.last().drop();
    vi.advanceTimersByTime(249);
    expect(fake.sockets).toHaveLength(4);
    vi.advanceTimersByTime(1);
    expect(fake.sockets).toHaveLength(5);
  });

  it.each([
    [4000, 'a protocol version mismatch'],
    [4002, 'an unknown library'],
    [4003, 'an origin that is not allowed'],
  ])('stops reconnecting after close code %i (%s)', (code) => {
    const { fake, client } = setup();
    const errors: unknown[] = [];
    client.on('error', (error) => errors.push(error));
    client.open();
    fake.last().accept();
    fake.last().drop(code);
    vi.advanceTimersByTime(10 * 60_000);
    expect(fake.sockets).toHaveLength(1);
    expect(client.getSnapshot().status).toBe('closed');
    expect(errors).toHaveLength(1);
  });

  it('keeps reconnecting after a server restart (going away) and a rate limit', () => {
    const { fake, client, nextSocket } = setup();
    client.open();
    fake.last().accept();
    fake.last().drop(1001);
    expect(nextSocket()).toBeLessThanOrEqual(500);
    fake.last().drop(4008);
    expect(nextSocket()).toBeGreaterThanOrEqual(8000);
    expect(client.getSnapshot().status).not.toBe('closed');
  });

  it('pings every 25 seconds and replaces a socket silent for two intervals', () => {
    const { fake, client } = setup();
    client.open();
    const first = fake.last();
    first.accept();
    first.receive(welcome());
    vi.advanceTimersByTime(25_000);
    expect(first.sent.at(-1)).toEqual({ type: 'ping' });
    first.receive({ type: 'pong' });
    vi.advanceTimersByTime(25_000);
    expect(fake.sockets).toHaveLength(1);
    vi.advanceTimersByTime(25_000);
    expect(fake.sockets).toHaveLength(1);
    expect(client.getSnapshot().status).toBe('reconnecting');
    vi.advanceTimersByTime(1000);
    expect(fake.sockets).toHaveLength(2);
  });

  it('gives up on a socket that does not open within ten seconds', () => {
    const { fake, client } = setup();
    client.open();
    vi.advanceTimersByTime(9999);
    expect(client.getSnapshot().status).toBe('connecting');
    vi.advanceTimersByTime(1);
    expect(client.getSnapshot().status).toBe('reconnecting');
    expect(fake.sockets[0]?.readyState).toBe(3);
  });

  it('reconnects at once when the browser comes back online', () => {
    const { fake, win, client, nextSocket } = setup();
    client.open();
    for (const _ of [1, 2, 3, 4, 5, 6]) {
      fake.last().drop();
      nextSocket();
    }
    fake.last().drop();
    vi.advanceTimersByTime(5000);
    expect(fake.sockets).toHaveLength(7);
    win.dispatchEvent(new Event('online'));
    expect(fake.sockets).toHaveLength(8);
  });

  it('reconnects at once when the tab becomes visible again', () => {
    const { fake, doc, client } = setup();
    client.open();
    fake.last().drop();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(fake.sockets).toHaveLength(1);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(fake.sockets).toHaveLength(2);
  });

  it('stops everything on destroy', () => {
    const { fake, win, client } = setup();
    client.open();
    fake.last().drop();
    client.destroy();
    vi.advanceTimersByTime(60_000);
    win.dispatchEvent(new Event('online'));
    expect(fake.sockets).toHaveLength(1);
  });
});
