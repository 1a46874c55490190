import type {
  AuthorRole,
  ClientMessageId,
  MessageId,
  ResponderId,
  SystemLine,
} from '@refdesk/protocol';
import type { MessageRecord } from '../model.ts';
import { systemLineText } from '../notify/system-line-text.ts';
import { messageView, patronMessageFrame, sendToResponder } from './frames.ts';
import type { LiveChat } from './live-state.ts';
import type { RoomContext } from './room-context.ts';

export interface NewMessage {
  authorRole: AuthorRole;
  authorId: ResponderId | null;
  displayName: string;
  text: string;
  internal: boolean;
  clientMessageId: ClientMessageId | null;
  systemLine?: SystemLine;
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

/**
 * Tells everyone who may see a stored message: patrons (unless internal), each in their widget's
 * language, and the assigned responder.
 */
export function broadcastMessage(ctx: RoomContext, chat: LiveChat, message: MessageRecord): void {
  if (!message.internal) {
    for (const session of chat.patrons) {
      session.peer.send(patronMessageFrame(message, session.locale));
    }
  }
  if (chat.record.responderId) {
    sendToResponder(ctx, chat.record.responderId, {
      type: 'message',
      message: messageView(message),
    });
  }
}

/**
 * A short line of the service in the transcript, e.g. who joined: stored with its English text
 * (what librarians read) and its code, so each patron reads it in their own language.
 *
 * @example
 * systemMessage(ctx, chat, { code: 'joined', params: { name, library } });
 */
export function systemMessage(ctx: RoomContext, chat: LiveChat, line: SystemLine): void {
  const { message } = appendMessage(ctx, chat, {
    authorRole: 'system',
    authorId: null,
    displayName: 'Refdesk',
    text: systemLineText(line),
    internal: false,
    clientMessageId: null,
    systemLine: line,
  });
  broadcastMessage(ctx, chat, message);
}
