import WebSocket from 'ws';
import { BENCH_LIBRARY, BENCH_ORIGIN, benchQuestion } from '../../bench/bench-constants.ts';
import { createMessageLog, type MessageLog } from './message-log.ts';

type Frame = { type: string } & Record<string, unknown>;

/** A patron who keeps their chat across dropped sockets, as the widget does. */
export interface ChaosPatron {
  readonly index: number;
  readonly log: MessageLog;
  /** Client ids of this patron's messages the server acknowledged. */
  readonly acked: Set<string>;
  /** Opens a socket (to `serverUrl` from now on, if given) and says hello, resuming the chat. */
  connect(serverUrl?: string): void;
  /** Drops the socket without a goodbye. */
  drop(): void;
  /** Whether every message was sent, acknowledged and answered. */
  done(): boolean;
  /** Welcomes heard so far, and the chat state the last one reported (`none` before the ask). */
  readonly welcome: { count: number; state: string };
  errors: Frame[];
}

/**
 * A patron that asks, then sends `messages` messages, each after the librarian's answer to the one
 * before. Unacknowledged messages are sent again (same client id) after every reconnect; what the
 * patron sees is kept by seq only, across sockets.
 *
 * @example
 * const patron = createChaosPatron(url, 7, 3, onProgress);
 * patron.connect();
 */
export function createChaosPatron(
  firstUrl: string,
  index: number,
  messages: number,
  onProgress: () => void,
): ChaosPatron {
  const log = createMessageLog();
  const acked = new Set<string>();
  const outbox = new Map<string, Frame>();
  let resumeToken: string | undefined;
  let url = firstUrl;
  let socket: WebSocket | undefined;
  let sent = 0;
  const send = (frame: Frame) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  };
  const queue = (frame: Frame & { clientMessageId: string }) => {
    outbox.set(frame.clientMessageId, frame);
    send(frame);
  };
  // The next message goes once the librarian answered the previous one (or at once, the first).
  const sendNext = () => {
    if (sent >= messages || !log.has('q')) return;
    if (sent > 0 && !log.has(`r-p${sent}`)) return;
    sent += 1;
    queue({ type: 'send', clientMessageId: `p${sent}`, text: `Chaos ${index}: message ${sent}` });
  };
  const onFrame = (frame: Frame) => {
    if (frame.type === 'welcome') {
      resumeToken = frame.resumeToken as string;
      patron.welcome.count += 1;
      patron.welcome.state = String(frame.state);
      if (frame.state === 'none' && !acked.has('q')) {
        queue({ type: 'ask', clientMessageId: 'q', question: benchQuestion(index) });
      }
      for (const pending of outbox.values()) if (pending.type !== 'ask') send(pending);
    } else if (frame.type === 'ack') {
      acked.add(frame.clientMessageId as string);
      outbox.delete(frame.clientMessageId as string);
    } else if (frame.type === 'message') {
      const clientMessageId = frame.clientMessageId as string | undefined;
      log.add({
        seq: frame.seq as number,
        authorRole: frame.authorRole as string,
        text: frame.text as string,
        clientMessageId,
      });
      // Only stored messages are broadcast: one whose ack was lost needs no resend.
      if (clientMessageId) outbox.delete(clientMessageId);
    } else if (frame.type === 'error') {
      patron.errors.push(frame);
    }
    if (frame.type === 'message' || frame.type === 'assigned') sendNext();
    onProgress();
  };
  const patron: ChaosPatron = {
    index,
    log,
    acked,
    errors: [],
    welcome: { count: 0, state: 'none' },
    connect(serverUrl) {
      if (serverUrl) url = serverUrl;
      socket?.terminate();
      const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws/patron`, { origin: BENCH_ORIGIN });
      socket = ws;
      ws.on('error', () => undefined);
      ws.on('open', () => {
        const hello: Frame = { type: 'hello', protocolVersion: 1, libraryId: BENCH_LIBRARY };
        if (resumeToken) Object.assign(hello, { resumeToken, lastSeq: log.maxSeq() });
        ws.send(JSON.stringify(hello));
      });
      ws.on('message', (data) => {
        if (socket === ws) onFrame(JSON.parse(String(data)) as Frame);
      });
    },
    drop() {
      socket?.terminate();
      socket = undefined;
    },
    done: () => sent === messages && outbox.size === 0 && log.has(`r-p${messages}`),
  };
  return patron;
}
