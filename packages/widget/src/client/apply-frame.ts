import type { PatronServerFrame } from '@refdesk/protocol/patron';
import type { Conversation } from './conversation.ts';
import { fromFrame, insertMessage, pendingMessages } from './transcript.ts';
import type { ChatClientEvents } from './types.ts';

/** An event to emit once the frame has been applied. */
export type ClientEvent = {
  [K in keyof ChatClientEvents]: [K, ChatClientEvents[K]];
}[keyof ChatClientEvents];

type ConversationFrame = Extract<
  PatronServerFrame,
  { type: 'message' | 'ack' | 'queued' | 'assigned' | 'ended' | 'offline' | 'received' }
>;

/**
 * Applies a frame about the conversation to it, in place, and says which event it makes, if any.
 * Duplicates (a replay after a resume, an echo after its ack) change nothing and make no event.
 *
 * @example
 * const event = applyFrame(conversation, frame, Date.now());
 * if (event) events.emit(...event);
 */
export function applyFrame(
  c: Conversation,
  frame: ConversationFrame,
  now: number,
): ClientEvent | null {
  // Exhaustive without `default: return assertNever(frame)`: the return type excludes undefined,
  // so a frame type without a case fails to compile (TS2366); the call would cost the headless
  // client 38 bytes gzipped it does not have under its budget.
  switch (frame.type) {
    case 'message': {
      const message = fromFrame(frame);
      if (message.clientMessageId) dropFromOutbox(c, message.clientMessageId);
      return insertMessage(c.messages, message) ? ['message', message] : null;
    }
    case 'ack': {
      const sent = c.outbox.find(
        (f) => f.type !== 'offline_question' && f.clientMessageId === frame.clientMessageId,
      );
      dropFromOutbox(c, frame.clientMessageId);
      const [pending] = pendingMessages(sent ? [sent] : []);
      if (!pending) return null;
      const message = { ...pending, seq: frame.seq, sentAt: now, status: 'sent' as const };
      return insertMessage(c.messages, message) ? ['message', message] : null;
    }
    case 'queued': {
      const { position, estimatedWaitSeconds, tier } = frame;
      c.chatId = frame.chatId;
      c.chatState = 'queued';
      c.queue = { position, estimatedWaitSeconds, tier };
      c.offline = null;
      return ['queued', c.queue];
    }
    case 'assigned': {
      const { responderName, libraryName, isHomeLibrary, disclosure } = frame;
      c.chatId = frame.chatId;
      c.chatState = 'active';
      c.queue = null;
      c.offline = null;
      c.assigned = { responderName, libraryName, isHomeLibrary, disclosure };
      return ['assigned', c.assigned];
    }
    case 'ended':
      c.chatState = 'ended';
      c.queue = null;
      c.endedReason = frame.reason;
      return ['ended', { reason: frame.reason }];
    case 'offline':
      c.offline = frame.reason;
      return ['offline', { reason: frame.reason }];
    case 'received':
      c.received = {
        ...c.received,
        [frame.what === 'survey'
          ? 'survey'
          : frame.what === 'offline_question'
            ? 'offlineQuestion'
            : frame.what === 'erase_chat'
              ? 'erased'
              : 'transcript']: true,
      };
      if (frame.what === 'offline_question') {
        c.outbox = c.outbox.filter((f) => f.type !== 'offline_question');
      }
      return null;
  }
}

/**
 * Removes the frame with this client message id from the outbox: the server has stored it.
 *
 * @example
 * dropFromOutbox(conversation, ack.clientMessageId);
 */
export function dropFromOutbox(c: Conversation, clientMessageId: string): void {
  c.outbox = c.outbox.filter(
    (f) => f.type === 'offline_question' || f.clientMessageId !== clientMessageId,
  );
}
