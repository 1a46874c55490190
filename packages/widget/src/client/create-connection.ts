import {
  CloseCode,
  decodePatronServerFrame,
  isFinalCloseCode,
  type PatronServerFrame,
} from '@refdesk/protocol/patron';
import { backoffDelay } from './backoff.ts';
import type { ClientEnvironment, SocketConstructor, SocketLike, Timers } from './types.ts';

export interface ConnectionOptions {
  url: string;
  WebSocket: SocketConstructor;
  timers: Timers;
  random: () => number;
  heartbeatMs: number;
  environment: ClientEnvironment;
  /** The first frame of every socket. */
  hello(): object;
  onFrame(frame: PatronServerFrame): void;
  /** A socket was lost; `reconnecting` is false only for final close codes. */
  onClose(code: number, reconnecting: boolean): void;
}

export interface Connection {
  /** Connects, and keeps reconnecting until `stop()` or a final close code. Idempotent. */
  start(): void;
  stop(): void;
  /** Replaces the socket at once, e.g. to resume with another token. */
  restart(): void;
  /** Sends when a socket is open; returns false otherwise. */
  send(frame: object): boolean;
}

const CONNECT_TIMEOUT_MS = 10_000;
/** Abnormal closure: what a dead or unreachable socket reports. */
const ABNORMAL = 1006;

/**
 * One patron socket kept alive: jittered exponential backoff that never gives up (except on final
 * close codes), a ping every `heartbeatMs` with the socket presumed dead after two silent
 * intervals, and an immediate retry when the browser comes back online or the tab becomes visible.
 *
 * @example
 * const connection = createConnection({ url, WebSocket, timers, random: Math.random,
 *   heartbeatMs: 25_000, environment: { window, document }, hello: () => hello,
 *   onFrame: handle, onClose: (code, reconnecting) => {} });
 * connection.start();
 */
export function createConnection(o: ConnectionOptions): Connection {
  const { timers } = o;
  let socket: SocketLike | null = null;
  let running = false;
  let attempt = 0;
  let heard = false;
  let lastFrameAt = 0;
  let retryTimer: unknown;
  let beatTimer: unknown;

  const stopTimer = (handle: unknown): void => {
    if (handle !== undefined) timers.clearTimeout(handle);
  };

  function connect(): void {
    stopTimer(retryTimer);
    retryTimer = undefined;
    if (!running || socket) return;
    heard = false;
    lastFrameAt = timers.now();
    let ws: SocketLike;
    try {
      ws = new o.WebSocket(o.url);
    } catch {
      dropped(ABNORMAL);
      return;
    }
    socket = ws;
    ws.onopen = () => {
      if (socket === ws) ws.send(JSON.stringify(o.hello()));
    };
    ws.onmessage = (event) => {
      if (socket !== ws) return;
      lastFrameAt = timers.now();
      attempt = 0;
      if (!heard) {
        heard = true;
        beat();
      }
      const result = decodePatronServerFrame(event.data);
      if (result.ok) o.onFrame(result.value);
    };
    ws.onclose = (event) => {
      if (socket === ws) dropped(event.code);
    };
    beat();
  }

  function beat(): void {
    stopTimer(beatTimer);
    beatTimer = timers.setTimeout(
      () => {
        if (!socket) return;
        if (timers.now() - lastFrameAt >= (heard ? 2 * o.heartbeatMs : CONNECT_TIMEOUT_MS)) {
          kill();
          return;
        }
        send({ type: 'ping' });
        beat();
      },
      heard ? o.heartbeatMs : CONNECT_TIMEOUT_MS,
    );
  }

  function detach(): SocketLike | null {
    const old = socket;
    socket = null;
    stopTimer(beatTimer);
    if (old) {
      old.onopen = old.onmessage = old.onclose = old.onerror = null;
      try {
        old.close();
      } catch {
        // Closing a socket that never opened can throw in some browsers.
      }
    }
    return old;
  }

  /** The socket is presumed dead: drop it as the network would have. */
  function kill(): void {
    if (detach()) dropped(ABNORMAL);
  }

  function dropped(code: number): void {
    detach();
    if (!running) return;
    const final = isFinalCloseCode(code);
    if (final) running = false;
    o.onClose(code, !final);
    if (!running || retryTimer !== undefined) return;
    const delay =
      code === CloseCode.sessionExpired
        ? 0
        : backoffDelay(code === CloseCode.rateLimited ? Math.max(attempt, 5) : attempt, o.random);
    attempt++;
    retryTimer = timers.setTimeout(connect, delay);
  }

  function send(frame: object): boolean {
    if (socket?.readyState !== 1) return false;
    socket.send(JSON.stringify(frame));
    return true;
  }

  /** Back online or visible again: retry now, or replace a socket that went quiet meanwhile. */
  function wake(): void {
    if (!running) return;
    if (socket && timers.now() - lastFrameAt > o.heartbeatMs) kill();
    if (!socket) connect();
  }
  const onVisibility = (): void => {
    if (o.environment.document?.visibilityState === 'visible') wake();
  };
  const listen = (method: 'addEventListener' | 'removeEventListener'): void => {
    o.environment.window?.[method]('online', wake);
    o.environment.document?.[method]('visibilitychange', onVisibility);
  };

  return {
    start() {
      if (running) return;
      running = true;
      attempt = 0;
      listen('addEventListener');
      connect();
    },
    stop() {
      running = false;
      stopTimer(retryTimer);
      retryTimer = undefined;
      detach();
      listen('removeEventListener');
    },
    restart() {
      detach();
      attempt = 0;
      connect();
    },
    send,
  };
}
