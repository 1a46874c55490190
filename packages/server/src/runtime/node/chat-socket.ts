import type { WebSocket } from 'ws';
import type { ChatSocket } from '../../realtime/chat-socket.ts';
import { corkForBatch } from './socket-cork.ts';

/** Runs a delivery now, or once the writes before it are durable (an output gate's `hold`). */
export type Hold = (deliver: () => void) => void;

interface NodeChatSocket extends Omit<ChatSocket, 'requestId'> {
  readonly requestId: string | undefined;
  readonly ws: WebSocket;
  readonly hold: Hold;
  /** When the socket's latest frame arrived (`performance.now()`), while acks are measured. */
  receivedAt: number;
  readonly ackLatency: ((seconds: number) => void) | undefined;
}

// The room writes `type` first (encodeFrame keeps the frame's key order).
const ACK_PREFIX = '{"type":"ack"';

// Shared by every socket: an idle socket carries a few fields, not closures of its own.
const methods: Pick<ChatSocket, 'send' | 'close'> & ThisType<NodeChatSocket> = {
  send(text) {
    const ws = this.ws;
    const observe = this.ackLatency;
    if (observe && text.startsWith(ACK_PREFIX)) {
      // An ack is sent while its frame is handled: the receipt time is this socket's latest.
      const since = this.receivedAt;
      this.hold(() => {
        if (ws.readyState !== 1) return;
        corkForBatch(ws);
        ws.send(text);
        observe((performance.now() - since) / 1000);
      });
      return;
    }
    this.hold(() => {
      if (ws.readyState !== 1) return;
      corkForBatch(ws);
      ws.send(text);
    });
  },
  close(code, reason) {
    const ws = this.ws;
    this.hold(() => ws.close(code, reason));
  },
};

export interface NodeChatSocketOptions {
  /** The upgrade request's id, for the socket's log lines. */
  requestId?: string | undefined;
  /** Told how long each `ack` took from its frame's receipt to leaving after the durable write. */
  ackLatency?: ((seconds: number) => void) | undefined;
}

/**
 * The ChatSocket of a `ws` WebSocket: text frames out through `hold` (the output gate), closes
 * too, so an error frame and the close after it keep their order.
 *
 * @example
 * const socket = createNodeChatSocket(ws, gate.hold, 1);
 * socket.send('{"type":"pong"}');
 */
export function createNodeChatSocket(
  ws: WebSocket,
  hold: Hold,
  rateScale: number,
  options: NodeChatSocketOptions = {},
): ChatSocket {
  const socket: NodeChatSocket = Object.create(methods);
  // A missing request id is an absent field to the realtime code (exactOptionalPropertyTypes).
  return Object.assign(socket as ChatSocket, {
    ws,
    hold,
    rateScale,
    requestId: options.requestId,
    receivedAt: 0,
    ackLatency: options.ackLatency,
  });
}

/** Starts the ack-latency clock of a socket that measures it: a frame just arrived. */
export function noteReceived(socket: ChatSocket): void {
  (socket as NodeChatSocket).receivedAt = performance.now();
}
