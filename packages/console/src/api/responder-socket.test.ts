import type { ResponderServerFrame } from '@refdesk/protocol/responder';
import type { SocketLike, Timers } from '@refdesk/widget/socket';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createResponderSocket,
  type ResponderSocketOptions,
  type SocketState,
} from './responder-socket.ts';

class FakeWebSocket implements SocketLike {
  static all: FakeWebSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeWebSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(frame: object) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop(code: number) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

function fakeTimers() {
  let now = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const timers: Timers = {
    setTimeout(run, ms) {
      pending.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
    now: () => now,
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...pending.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!due || due[1].at > until) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = until;
  };
  return { timers, advance };
}

const welcome = {
  type: 'welcome',
  protocolVersion: 1,
  responder: {
    id: 'r1',
    displayName: 'Ben',
    email: 'b@x',
    library: { id: 'x', name: 'X' },
    roles: [],
  },
  status: 'away',
};

describe('createResponderSocket', () => {
  let states: SocketState[];
  let frames: ResponderServerFrame[];
  let clock: ReturnType<typeof fakeTimers>;
  const start = (more: Partial<ResponderSocketOptions> = {}) => {
    const socket = createResponderSocket({
      url: 'ws://test/ws/responder',
      WebSocket: FakeWebSocket,
      timers: clock.timers,
      random: () => 0,
      onFrame: (frame) => frames.push(frame),
      onState: (state) => states.push(state),
      ...more,
    });
    socket.start();
    return socket;
  };
  beforeEach(() => {
    FakeWebSocket.all = [];
    states = [];
    frames = [];
    clock = fakeTimers();
  });

  it('says hello with the protocol version and is open once welcomed', () => {
    const socket = start();
    const ws = FakeWebSocket.all[0];
    ws?.open();
    expect(ws?.sent).toEqual(['{"type":"hello","protocolVersion":1}']);
    expect(socket.send({ type: 'ping' })).toBe(false);
    ws?.receive(welcome);
    expect(states).toEqual(['connecting', 'open']);
    expect(frames[0]?.type).toBe('welcome');
    expect(socket.send({ type: 'set_status', status: 'local' })).toBe(true);
  });

  it('pings every heartbeat so the server does not set the responder away', () => {
    start();
    const ws = FakeWebSocket.all[0];
    ws?.open();
    ws?.receive(welcome);
    clock.advance(25_000);
    expect(ws?.sent.at(-1)).toBe('{"type":"ping"}');
  });

  it('reconnects with backoff after the socket drops, and keeps trying', () => {
    start();
    FakeWebSocket.all[0]?.drop(1006);
    expect(states.at(-1)).toBe('reconnecting');
    expect(FakeWebSocket.all).toHaveLength(1);
    clock.advance(250);
    expect(FakeWebSocket.all).toHaveLength(2);
    FakeWebSocket.all[1]?.drop(1006);
    clock.advance(499);
    expect(FakeWebSocket.all).toHaveLength(2);
    clock.advance(1);
    expect(FakeWebSocket.all).toHaveLength(3);
  });

  it('stops and reports signed_out when the server closes with 4001', () => {
    start();
    FakeWebSocket.all[0]?.drop(4001);
    clock.advance(60_000);
    expect(states.at(-1)).toBe('signed_out');
    expect(FakeWebSocket.all).toHaveLength(1);
  });

  it('presumes a silent socket dead after two heartbeats and replaces it', () => {
    start();
    const ws = FakeWebSocket.all[0];
    ws?.open();
    ws?.receive(welcome);
    clock.advance(50_000);
    expect(states.at(-1)).toBe('reconnecting');
    clock.advance(1_000);
    expect(FakeWebSocket.all).toHaveLength(2);
  });

  it('ignores frames that do not decode', () => {
    start();
    const ws = FakeWebSocket.all[0];
    ws?.open();
    ws?.onmessage?.({ data: '{"type":"nonsense"}' });
    ws?.onmessage?.({ data: 'not json' });
    expect(frames).toEqual([]);
  });

  it('reports incompatible and stops when the server speaks another protocol version', () => {
    const socket = start();
    FakeWebSocket.all[0]?.drop(4000);
    clock.advance(60_000);
    expect(states).toEqual(['connecting', 'incompatible']);
    expect(FakeWebSocket.all).toHaveLength(1);
    socket.start();
    expect(states.at(-1)).toBe('connecting');
    expect(FakeWebSocket.all).toHaveLength(2);
  });

  it('gives up a socket that is not answered within ten seconds', () => {
    start();
    FakeWebSocket.all[0]?.open();
    clock.advance(9_999);
    expect(states).toEqual(['connecting']);
    clock.advance(1);
    expect(states).toEqual(['connecting', 'reconnecting']);
    expect(FakeWebSocket.all[0]?.readyState).toBe(3);
  });

  it('reconnects at once when the browser comes back online', () => {
    const win = new EventTarget();
    start({ environment: { window: win } });
    FakeWebSocket.all[0]?.drop(1006);
    win.dispatchEvent(new Event('online'));
    expect(FakeWebSocket.all).toHaveLength(2);
  });

  it('is not open again until the new socket is welcomed', () => {
    const socket = start();
    FakeWebSocket.all[0]?.open();
    FakeWebSocket.all[0]?.receive(welcome);
    FakeWebSocket.all[0]?.drop(1006);
    clock.advance(250);
    FakeWebSocket.all[1]?.open();
    expect(socket.send({ type: 'ping' })).toBe(false);
    FakeWebSocket.all[1]?.receive(welcome);
    expect(socket.send({ type: 'ping' })).toBe(true);
    expect(states).toEqual(['connecting', 'open', 'reconnecting', 'open']);
  });
});
