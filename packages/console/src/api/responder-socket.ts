import {
  CloseCode,
  decodeResponderServerFrame,
  PROTOCOL_VERSION,
  type ResponderClientFrameInput,
  type ResponderServerFrame,
} from '@refdesk/protocol/responder';
import {
  type ClientEnvironment,
  createReconnectingSocket,
  realTimers,
  type SocketConstructor,
  type Timers,
} from '@refdesk/widget/socket';

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
  /** Where `online` and `visibilitychange` come from; defaults to the page's window and document. */
  environment?: ClientEnvironment;
  onFrame(frame: ResponderServerFrame): void;
  onState(state: SocketState): void;
}

export interface ResponderSocket {
  start(): void;
  stop(): void;
  /** Sends when the socket is open and welcomed; returns false otherwise. */
  send(frame: ResponderClientFrameInput): boolean;
}

/**
 * The responder's live connection, on the widget's reconnecting socket: says hello, gives up a
 * socket silent for ten seconds, pings every `heartbeatMs`, presumes the socket dead after two
 * silent intervals, reconnects with jittered backoff (at once when the browser comes back online
 * or the tab becomes visible) until stopped, except when the server says the session is gone
 * (4001) or speaks another protocol version (4000).
 *
 * @example
 * const socket = createResponderSocket({ onFrame: desk.apply, onState: (s) => (state.value = s) });
 * socket.start();
 * socket.send({ type: 'set_status', status: 'cooperative' });
 */
export function createResponderSocket(options: ResponderSocketOptions): ResponderSocket {
  let running = false;
  let welcomed = false;
  const socket = createReconnectingSocket({
    url: options.url ?? defaultUrl(),
    WebSocket: options.WebSocket ?? (globalThis.WebSocket as unknown as SocketConstructor),
    timers: options.timers ?? realTimers,
    random: options.random ?? Math.random,
    heartbeatMs: options.heartbeatMs ?? 25_000,
    environment: options.environment ?? {
      window: globalThis.window,
      document: globalThis.document,
    },
    hello: () => ({ type: 'hello', protocolVersion: PROTOCOL_VERSION }),
    decode: decodeResponderServerFrame,
    isFinal: (code) => code === CloseCode.unauthorized || code === CloseCode.protocolVersion,
    onFrame(frame) {
      if (frame.type === 'welcome') {
        welcomed = true;
        options.onState('open');
      }
      options.onFrame(frame);
    },
    onClose(code, reconnecting) {
      welcomed = false;
      running = reconnecting;
      options.onState(
        reconnecting
          ? 'reconnecting'
          : code === CloseCode.unauthorized
            ? 'signed_out'
            : 'incompatible',
      );
    },
  });

  return {
    start() {
      if (running) return;
      running = true;
      options.onState('connecting');
      socket.start();
    },
    stop() {
      running = false;
      welcomed = false;
      socket.stop();
    },
    send: (frame) => welcomed && socket.send(frame),
  };
}

function defaultUrl(): string {
  const { protocol, host } = globalThis.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/ws/responder`;
}
