import type { WebSocket } from 'ws';
import type { ChatSocket } from '../../realtime/chat-socket.ts';
import { corkForBatch } from './socket-cork.ts';

/** Runs a delivery now, or once the writes before it are durable (an output gate's `hold`). */
export type Hold = (deliver: () => void) => void;

interface NodeChatSocket extends ChatSocket {
  readonly ws: WebSocket;
  readonly hold: Hold;
}

// Shared by every socket: an idle socket carries three fields, not closures of its own.
const methods: Pick<ChatSocket, 'send' | 'close'> & ThisType<NodeChatSocket> = {
  send(text) {
    const ws = this.ws;
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

/**
 * The ChatSocket of a `ws` WebSocket: text frames out through `hold` (the output gate), closes
 * too, so an error frame and the close after it keep their order.
 *
 * @example
 * const socket = createNodeChatSocket(ws, gate.hold, 1);
 * socket.send('{"type":"pong"}');
 */
export function createNodeChatSocket(ws: WebSocket, hold: Hold, rateScale: number): ChatSocket {
  const socket: NodeChatSocket = Object.create(methods);
  return Object.assign(socket, { ws, hold, rateScale });
}
