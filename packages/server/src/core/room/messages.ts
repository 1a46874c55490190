import type { AuthorRole, ClientMessageId, MessageId, ResponderId } from '@refdesk/protocol';
import type { MessageRecord } from '../model.ts';
import { messageView, patronMessageFrame, sendToPatrons, sendToResponder } from './frames.ts';
import type { LiveChat } from './live-state.ts';
import type { RoomContext } from './room-context.ts';

export interface NewMessage {
  authorRole: AuthorRole;
  authorId: ResponderId | null;
  displayName: string;
  text: string;
  internal: boolean;
  clientMessageId: ClientMessageId | null;
}

/**
 * Gives a message the chat's next seq and stores it before anyone is told. A retry with a
 * clientMessageId already stored returns the stored message, marked duplicate, and stores nothing.
 */
export function appendMessage(
  ctx: RoomContext,
  chat: LiveChat,
  input: NewMessage,
): { message: MessageRecord; duplicate: boolean } {
  const message: MessageRecord = {
    ...input,
    chatId: chat.record.id,
    seq: chat.record.lastSeq + 1,
    id: ctx.ids.id('msg') as MessageId,
    sentAt: ctx.clock.now(),
  };
  // A retried clientMessageId conflicts and stores nothing; the stored message answers it. The
  // chat's row is not rewritten: storage reads its last seq back from its messages. No `message`
  // event is written beside it: the messages table already records author, seq and time, and
  // nothing reads such events (reports count chats from their other events), so one insert, and
  // no savepoint, is the whole cost of storing a message.
  const stored = ctx.store.insertMessage(message);
  const existing = stored.stored ? undefined : stored.existing;
  if (existing) return { message: existing, duplicate: true };
  chat.record.lastSeq = message.seq;
  return { message, duplicate: false };
}

/** Tells everyone who may see a stored message: patrons (unless internal) and the assigned responder. */
export function broadcastMessage(ctx: RoomContext, chat: LiveChat, message: MessageRecord): void {
  if (!message.internal) sendToPatrons(chat, patronMessageFrame(message));
  if (chat.record.responderId) {
    sendToResponder(ctx, chat.record.responderId, {
      type: 'message',
      message: messageView(message),
    });
  }
}

/** A short system line in the transcript, e.g. who joined. */
export function systemMessage(ctx: RoomContext, chat: LiveChat, text: string): void {
  const { message } = appendMessage(ctx, chat, {
    authorRole: 'system',
    authorId: null,
    displayName: 'Refdesk',
    text,
    internal: false,
    clientMessageId: null,
  });
  broadcastMessage(ctx, chat, message);
}
