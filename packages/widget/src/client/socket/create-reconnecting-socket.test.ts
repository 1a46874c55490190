import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeSockets } from '../../testing/fake-socket.ts';
import {
  createReconnectingSocket,
  type ReconnectingSocketOptions,
} from './create-reconnecting-socket.ts';
import { realTimers } from './real-timers.ts';

type Frame = { type: string };

/** A socket on fake sockets and the page's fake window and document; frames need a string type. */
function setup(overrides: Partial<ReconnectingSocketOptions<Frame>> = {}) {
  const fake = createFakeSockets();
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const frames: Frame[] = [];
  const closes: [number, boolean][] = [];
  const socket = createReconnectingSocket<Frame>({
    url: 'ws://test/ws',
    WebSocket: fake.WebSocket,
    timers: realTimers,
    random: () => 0,
    heartbeatMs: 25_000,
    environment: { window: win, document: doc },
    hello: () => ({ type: 'hello' }),
    decode(data) {
      const value: unknown = typeof data === 'string' ? JSON.parse(data) : null;
      return typeof (value as Frame | null)?.type === 'string'
        ? { ok: true, value: value as Frame }
        : { ok: false };
    },
    isFinal: (code) => code === 4000,
    onFrame: (frame) => frames.push(frame),
    onClose: (code, reconnecting) => closes.push([code, reconnecting]),
    ...overrides,
  });
  /** The socket opens and the server answers, as a welcome would. */
  const answer = () => {
    fake.last().accept();
    fake.last().receive({ type: 'welcome' });
  };
  return { fake, win, doc, frames, closes, socket, answer };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createReconnectingSocket', () => {
  it('connects on start, says hello first, and passes on the frames that decode', () => {
    const { fake, frames, socket } = setup();
    socket.start();
    socket.start();
    expect(fake.sockets).toHaveLength(1);
    expect(fake.last().url).toBe('ws://test/ws');
    expect(socket.send({ type: 'early' })).toBe(false);
    fake.last().accept();
    expect(fake.last().sent).toEqual([{ type: 'hello' }]);
    fake.last().receive({ type: 'welcome' });
    fake.last().onmessage?.({ data: '{"no":"type"}' });
    expect(frames).toEqual([{ type: 'welcome' }]);
    expect(socket.send({ type: 'later' })).toBe(true);
    expect(fake.last().sent.at(-1)).toEqual({ type: 'later' });
  });

  it('reconnects with growing jittered delays and starts again after a socket that worked', () => {
    const { fake, closes, socket, answer } = setup();
    socket.start();
    for (const delay of [250, 500, 1000]) {
      fake.last().drop(1006);
      vi.advanceTimersByTime(delay - 1);
      const count = fake.sockets.length;
      vi.advanceTimersByTime(1);
      expect(fake.sockets).toHaveLength(count + 1);
    }
    expect(closes).toEqual([
      [1006, true],
      [1006, true],
      [1006, true],
    ]);
    answer();
    fake.last().drop(1006);
    vi.advanceTimersByTime(250);
    expect(fake.sockets).toHaveLength(5);
  });

  it('stops for good after a final close code', () => {
    const { fake, closes, socket } = setup();
    socket.start();
    fake.last().drop(4000);
    vi.advanceTimersByTime(10 * 60_000);
    expect(fake.sockets).toHaveLength(1);
    expect(closes).toEqual([[4000, false]]);
  });

  it('reconnects at once for an expired session and backs off at least eight seconds when rate limited', () => {
    const { fake, socket } = setup();
    socket.start();
    fake.last().drop(4004);
    vi.advanceTimersByTime(0);
    expect(fake.sockets).toHaveLength(2);
    fake.last().drop(4008);
    vi.advanceTimersByTime(7999);
    expect(fake.sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(fake.sockets).toHaveLength(3);
  });

  it('gives up a socket that says nothing within ten seconds', () => {
    const { fake, closes, socket } = setup();
    socket.start();
    fake.last().accept();
    vi.advanceTimersByTime(9999);
    expect(closes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closes).toEqual([[1006, true]]);
    expect(fake.sockets[0]?.readyState).toBe(3);
  });

  it('pings every heartbeat and replaces a socket silent for two of them', () => {
    const { fake, closes, socket, answer } = setup({ heartbeatMs: 1000 });
    socket.start();
    answer();
    vi.advanceTimersByTime(1000);
    expect(fake.last().sent.at(-1)).toEqual({ type: 'ping' });
    vi.advanceTimersByTime(999);
    expect(closes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closes).toEqual([[1006, true]]);
    vi.advanceTimersByTime(250);
    expect(fake.sockets).toHaveLength(2);
  });

  it('retries at once when the browser comes back online or the tab becomes visible', () => {
    const { fake, win, doc, socket } = setup({ random: () => 1 });
    socket.start();
    fake.last().drop();
    win.dispatchEvent(new Event('online'));
    expect(fake.sockets).toHaveLength(2);
    fake.last().drop();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(fake.sockets).toHaveLength(2);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(fake.sockets).toHaveLength(3);
  });

  it('replaces a socket that went quiet while the tab was hidden when it becomes visible', () => {
    const { fake, doc, socket, answer } = setup({ heartbeatMs: 60_000 });
    socket.start();
    answer();
    vi.setSystemTime(Date.now() + 61_000);
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(fake.sockets).toHaveLength(2);
    expect(fake.sockets[0]?.readyState).toBe(3);
  });

  it('retries after a socket that could not even be created', () => {
    const fake = createFakeSockets();
    let refuse = true;
    class Flaky extends fake.WebSocket {
      constructor(url: string) {
        if (refuse) {
          refuse = false;
          throw new SyntaxError('blocked');
        }
        super(url);
      }
    }
    const { closes, socket } = setup({ WebSocket: Flaky });
    socket.start();
    expect(closes).toEqual([[1006, true]]);
    expect(fake.sockets).toHaveLength(0);
    vi.advanceTimersByTime(250);
    expect(fake.sockets).toHaveLength(1);
  });

  it('restarts with a new socket at once, deaf to the old one, and stops everything on stop', () => {
    const { fake, win, frames, closes, socket, answer } = setup();
    socket.start();
    answer();
    socket.restart();
    expect(fake.sockets).toHaveLength(2);
    expect(fake.sockets[0]?.readyState).toBe(3);
    fake.sockets[0]?.receive({ type: 'late' });
    fake.sockets[0]?.drop(4000);
    expect(frames).toEqual([{ type: 'welcome' }]);
    expect(closes).toEqual([]);
    fake.last().drop();
    socket.stop();
    vi.advanceTimersByTime(60_000);
    win.dispatchEvent(new Event('online'));
    expect(fake.sockets).toHaveLength(2);
    expect(closes).toEqual([[1006, true]]);
  });
});
