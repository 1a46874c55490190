import {
  CloseCode,
  decodeResponderServerFrame,
  PROTOCOL_VERSION,
  type ResponderClientFrameInput,
  type ResponderServerFrame,
} from '@refdesk/protocol/responder';
import { backoffDelay } from './backoff.ts';

/** The subset of the browser's WebSocket the client uses, so tests can inject a fake. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  send(data: string): void;
  close(code?: number): void;
}
export type SocketConstructor = new (url: string) => SocketLike;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/**
 * `connecting` the first time, `open` once welcomed, `reconnecting` after a loss, `signed_out`
 * when the server refused the session (close 4001), `incompatible` for a protocol mismatch.
 */
export type SocketState = 'connecting' | 'open' | 'reconnecting' | 'signed_out' | 'incompatible';

export interface ResponderSocketOptions {
  /** `ws(s)://host/ws/responder`; defaults to the page's own host. */
  url?: string;
  WebSocket?: SocketConstructor;
  timers?: Timers;
  random?: () => number;
  /** Ping interval; the server sets a silent responder away after 90 s. Default 25 s. */
  heartbeatMs?: number;
  onFrame(frame: ResponderServerFrame): void;
  onState(state: SocketState): void;
}

export interface ResponderSocket {
  start(): void;
  stop(): void;
  /** Sends when the socket is open and welcomed; returns false otherwise. */
  send(frame: ResponderClientFrameInput): boolean;
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  now: () => Date.now(),
};

/**
 * The responder's live connection: says hello, pings every `heartbeatMs`, presumes the socket
 * dead after two silent intervals, and reconnects with jittered backoff until stopped, except
 * when the server says the session is gone (4001) or speaks another protocol version (4000).
 *
 * @example
 * const socket = createResponderSocket({ onFrame: desk.apply, onState: (s) => (state.value = s) });
 * socket.start();
 * socket.send({ type: 'set_status', status: 'cooperative' });
 */
export function createResponderSocket(options: ResponderSocketOptions): ResponderSocket {
  const timers = options.timers ?? defaultTimers;
  const random = options.random ?? Math.random;
  const heartbeatMs = options.heartbeatMs ?? 25_000;
  const Socket = options.WebSocket ?? (globalThis.WebSocket as unknown as SocketConstructor);
  const url = options.url ?? defaultUrl();
  let socket: SocketLike | null = null;
  let running = false;
  let welcomed = false;
  let attempt = 0;
  let lastFrameAt = 0;
  let retryTimer: unknown;
  let beatTimer: unknown;

  const clear = (handle: unknown) => {
    if (handle !== undefined) timers.clearTimeout(handle);
  };

  function connect(): void {
    retryTimer = undefined;
    if (!running || socket) return;
    welcomed = false;
    lastFrameAt = timers.now();
    const ws = new Socket(url);
    socket = ws;
    ws.onopen = () => {
      if (socket === ws)
        ws.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION }));
    };
    ws.onmessage = (event) => {
      if (socket !== ws) return;
      lastFrameAt = timers.now();
      const decoded = decodeResponderServerFrame(event.data);
      if (!decoded.ok) return;
      if (decoded.value.type === 'welcome') {
        welcomed = true;
        attempt = 0;
        options.onState('open');
      }
      options.onFrame(decoded.value);
    };
    ws.onclose = (event) => {
      if (socket === ws) dropped(event.code);
    };
    beat();
  }

  function beat(): void {
    clear(beatTimer);
    beatTimer = timers.setTimeout(() => {
      if (!socket) return;
      if (timers.now() - lastFrameAt >= 2 * heartbeatMs) {
        dropped(1006);
        return;
      }
      if (welcomed) socket.send(JSON.stringify({ type: 'ping' }));
      beat();
    }, heartbeatMs);
  }

  function detach(): void {
    const old = socket;
    socket = null;
    welcomed = false;
    clear(beatTimer);
    beatTimer = undefined;
    if (!old) return;
    old.onopen = old.onmessage = old.onclose = null;
    try {
      old.close();
    } catch {
      // A socket that never opened may throw on close in some browsers.
    }
  }

  function dropped(code: number): void {
    detach();
    if (!running) return;
    if (code === CloseCode.unauthorized || code === CloseCode.protocolVersion) {
      running = false;
      options.onState(code === CloseCode.unauthorized ? 'signed_out' : 'incompatible');
      return;
    }
    options.onState('reconnecting');
    const delay = backoffDelay(
      code === CloseCode.rateLimited ? Math.max(attempt, 5) : attempt,
      random,
    );
    attempt++;
    retryTimer = timers.setTimeout(connect, delay);
  }

  return {
    start() {
      if (running) return;
      running = true;
      attempt = 0;
      options.onState('connecting');
      connect();
    },
    stop() {
      running = false;
      clear(retryTimer);
      retryTimer = undefined;
      detach();
    },
    send(frame) {
      if (!socket || !welcomed || socket.readyState !== 1) return false;
      socket.send(JSON.stringify(frame));
      return true;
    },
  };
}

function defaultUrl(): string {
  const { protocol, host } = globalThis.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/ws/responder`;
}
