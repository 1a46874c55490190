import WebSocket from 'ws';
import { questionPatron } from '../../bench/bench-constants.ts';
import { createMessageLog, type MessageLog } from './message-log.ts';

type Frame = { type: string } & Record<string, unknown>;
type View = {
  chatId: string;
  seq: number;
  authorRole: string;
  text: string;
  clientMessageId?: string;
};

/** A librarian who keeps their chats across dropped sockets, as the console does. */
export interface ChaosResponder {
  readonly index: number;
  /** Each held chat's messages as the librarian sees them: the latest transcript, then live ones. */
  readonly chats: Map<string, { patron: number; log: MessageLog }>;
  /** Per chat, the client ids of this librarian's messages the server acknowledged. */
  readonly acked: Map<string, Set<string>>;
  /** Opens a socket (to `serverUrl` from now on, if given) and says hello. */
  connect(serverUrl?: string): void;
  drop(): void;
  errors: Frame[];
  /** `chat_assigned` frames heard so far (a reconnect hears one per held chat). */
  readonly transcripts: { count: number };
}

/**
 * A librarian (signed in with `cookie`) who goes online, accepts the chats of patrons
 * `i % responders === index` (from live offers or the queue after a reconnect) and answers every
 * patron message once: the answer's client id derives from the message's, so a retry after a
 * reconnect is recognised by the server instead of stored twice.
 *
 * @example
 * const ben = createChaosResponder(url, cookie, 0, 10, onProgress);
 * ben.connect();
 */
export function createChaosResponder(
  firstUrl: string,
  cookie: string,
  index: number,
  responders: number,
  onProgress: () => void,
): ChaosResponder {
  const chats = new Map<string, { patron: number; log: MessageLog }>();
  const acked = new Map<string, Set<string>>();
  let url = firstUrl;
  let socket: WebSocket | undefined;
  // Accepts sent on the current socket, so one offer heard twice is accepted once.
  let requested = new Set<string>();
  const send = (frame: Frame) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  };
  const consider = (offer: { chatId: string; question: string }) => {
    const patron = questionPatron(offer.question);
    if (patron === undefined || patron % responders !== index) return;
    if (chats.has(offer.chatId) || requested.has(offer.chatId)) return;
    requested.add(offer.chatId);
    send({ type: 'accept', chatId: offer.chatId });
  };
  const answer = (chatId: string, message: View) => {
    const id = `r-${message.clientMessageId}`;
    const log = chats.get(chatId)?.log;
    if (message.authorRole !== 'patron' || message.clientMessageId === 'q' || !log) return;
    if (log.has(id)) return;
    send({ type: 'send', chatId, clientMessageId: id, text: `Answer to ${message.text}` });
  };
  const onFrame = (frame: Frame) => {
    if (frame.type === 'welcome') send({ type: 'set_status', status: 'cooperative' });
    else if (frame.type === 'offer') consider(frame.offer as { chatId: string; question: string });
    else if (frame.type === 'queue') {
      for (const offer of frame.offers as { chatId: string; question: string }[]) consider(offer);
    } else if (frame.type === 'chat_assigned') {
      responder.transcripts.count += 1;
      const transcript = frame.transcript as View[];
      const chatId = frame.chatId as string;
      const log = chats.get(chatId)?.log ?? createMessageLog();
      log.reset();
      for (const message of transcript) log.add(message);
      chats.set(chatId, { patron: questionPatron(transcript[0]?.text ?? '') ?? -1, log });
      for (const message of transcript) answer(chatId, message);
    } else if (frame.type === 'message') {
      const message = frame.message as View;
      chats.get(message.chatId)?.log.add(message);
      answer(message.chatId, message);
    } else if (frame.type === 'ack') {
      const chatId = frame.chatId as string;
      acked.set(chatId, (acked.get(chatId) ?? new Set()).add(frame.clientMessageId as string));
    } else if (frame.type === 'error') {
      responder.errors.push(frame);
    }
    onProgress();
  };
  const responder: ChaosResponder = {
    index,
    chats,
    acked,
    errors: [],
    transcripts: { count: 0 },
    connect(serverUrl) {
      if (serverUrl) url = serverUrl;
      socket?.terminate();
      const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws/responder`, {
        headers: { cookie },
      });
      socket = ws;
      requested = new Set();
      ws.on('error', () => undefined);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', protocolVersion: 1 })));
      ws.on('message', (data) => {
        if (socket === ws) onFrame(JSON.parse(String(data)) as Frame);
      });
    },
    drop() {
      socket?.terminate();
      socket = undefined;
    },
  };
  return responder;
}
