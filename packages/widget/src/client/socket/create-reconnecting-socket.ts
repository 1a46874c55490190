import { CloseCode } from '@refdesk/protocol';
import { backoffDelay } from './backoff.ts';
import type { ClientEnvironment, SocketConstructor, SocketLike, Timers } from './types.ts';

export interface ReconnectingSocketOptions<Frame> {
  url: string;
  WebSocket: SocketConstructor;
  timers: Timers;
  random: () => number;
  /** Ping interval; with no frame for two intervals the socket is presumed dead. */
  heartbeatMs: number;
  /** Where `online` and `visibilitychange` come from; `{}` for none. */
  environment: ClientEnvironment;
  /** The first frame of every socket. */
  hello(): object;
  /** Parses the data of a message; frames that do not decode are dropped. */
  decode(data: unknown): { ok: true; value: Frame } | { ok: false };
  /** Close codes after which the socket must not reconnect by itself. */
  isFinal(code: number): boolean;
  onFrame(frame: Frame): void;
  /** A socket was lost; `reconnecting` is false only for final close codes. */
  onClose(code: number, reconnecting: boolean): void;
}

export interface ReconnectingSocket {
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
 * One socket kept alive, for the widget and the console alike, with no runtime of its own (the
 * WebSocket, timers, randomness and page are injected): a socket that says nothing within
 * ten seconds is given up, reconnects use jittered exponential backoff and never give up (except on
 * `isFinal` close codes), a ping goes every `heartbeatMs` with the socket presumed dead after two
 * silent intervals, and the browser coming back online or the tab becoming visible retries at once.
 *
 * @example
 * const socket = createReconnectingSocket({ url, WebSocket, timers: realTimers, random: Math.random,
 *   heartbeatMs: 25_000, environment: { window, document },
 *   hello: () => ({ type: 'hello', protocolVersion: 1 }), decode: decodeResponderServerFrame, isFinal: (code) => code === 4001,
 *   onFrame: handle, onClose: (code, reconnecting) => {} });
 * socket.start();
 */
export function createReconnectingSocket<Frame>(
  o: ReconnectingSocketOptions<Frame>,
): ReconnectingSocket {
  const { timers, heartbeatMs } = o;
  const { window, document } = o.environment;
  let socket: SocketLike | null = null;
  let running = false;
  let attempt = 0;
  let heard = false;
  let lastFrameAt = 0;
  let retryTimer: unknown;
  let beatTimer: unknown;

  function connect(): void {
    timers.clearTimeout(retryTimer);
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
      if (!heard) {
        heard = true;
        attempt = 0;
        beat();
      }
      const result = o.decode(event.data);
      if (result.ok) o.onFrame(result.value);
    };
    ws.onclose = (event) => {
      if (socket === ws) dropped(event.code);
    };
    beat();
  }

  /** Until the first frame, the connect timeout; then a ping every interval while frames come. */
  function beat(): void {
    timers.clearTimeout(beatTimer);
    beatTimer = timers.setTimeout(
      () => {
        if (!heard || timers.now() - lastFrameAt >= 2 * heartbeatMs) kill();
        else {
          send({ type: 'ping' });
          beat();
        }
      },
      heard ? heartbeatMs : CONNECT_TIMEOUT_MS,
    );
  }

  function detach(): SocketLike | null {
    const old = socket;
    socket = null;
    timers.clearTimeout(beatTimer);
    // Its handlers ignore it from now on: they only act for the current socket.
    try {
      old?.close();
    } catch {
      // Closing a socket that never opened can throw in some browsers.
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
    const final = o.isFinal(code);
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
    if (socket && timers.now() - lastFrameAt > heartbeatMs) kill();
    if (!socket) connect();
  }
  const onVisibility = (): void => {
    if (document?.visibilityState === 'visible') wake();
  };
  const listen = (method: 'addEventListener' | 'removeEventListener'): void => {
    window?.[method]('online', wake);
    document?.[method]('visibilitychange', onVisibility);
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
      timers.clearTimeout(retryTimer);
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
