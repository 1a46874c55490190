import type {
  ChatAssigned,
  ChatMessageView,
  LibraryId,
  LibraryRef,
  PatronServerFrame,
  QueueEntry,
  ResponderId,
  ResponderServerFrame,
} from '@refdesk/protocol';
import { disclosureTemplate } from '../libraries/disclosure-template.ts';
import type { ChatRecord, MessageRecord } from '../model.ts';
import { systemLineText } from '../notify/system-line-text.ts';
import type { LiveChat } from './live-state.ts';
import type { RoomContext } from './room-context.ts';

/**
 * The patron's view of a message (never called for internal notes): a system line is worded in
 * the patron's language (their widget's locale); its code stays on the server, so the widget's
 * bundle pays nothing for it.
 */
export function patronMessageFrame(
  message: MessageRecord,
  locale?: string | null,
): PatronServerFrame {
  const frame: PatronServerFrame = {
    type: 'message',
    chatId: message.chatId,
    seq: message.seq,
    id: message.id,
    authorRole: message.authorRole,
    displayName: message.displayName,
    text: message.systemLine ? systemLineText(message.systemLine, locale) : message.text,
    sentAt: message.sentAt,
  };
  if (message.clientMessageId) frame.clientMessageId = message.clientMessageId;
  return frame;
}

export function messageView(message: MessageRecord): ChatMessageView {
  const view: ChatMessageView = {
    chatId: message.chatId,
    seq: message.seq,
    id: message.id,
    authorRole: message.authorRole,
    displayName: message.displayName,
    text: message.text,
    sentAt: message.sentAt,
    internal: message.internal,
  };
  if (message.clientMessageId) view.clientMessageId = message.clientMessageId;
  return view;
}

export function libraryRef(ctx: RoomContext, libraryId: LibraryId): LibraryRef {
  return { id: libraryId, name: ctx.directory.library(libraryId)?.name ?? libraryId };
}

export function queueEntry(ctx: RoomContext, chat: LiveChat): QueueEntry {
  const record = chat.record;
  return {
    chatId: record.id,
    library: libraryRef(ctx, record.libraryId),
    tier: record.tier,
    waitingSince: record.waitingSince,
    question: record.question,
    practice: record.practice,
    ...(record.patronLeftAt != null ? { patronLeftAt: record.patronLeftAt } : {}),
  };
}

/** Everything a responder needs to answer the chat, transcript with internal notes included. */
export function chatAssignedFrame(ctx: RoomContext, chat: LiveChat): ChatAssigned {
  const record = chat.record;
  const patron: ChatAssigned['patron'] = {};
  if (record.patronName) patron.name = record.patronName;
  if (record.patronEmail) patron.email = record.patronEmail;
  if (record.pageUrl) patron.pageUrl = record.pageUrl;
  return {
    type: 'chat_assigned',
    chatId: record.id,
    homeLibrary: libraryRef(ctx, record.libraryId),
    tier: record.tier,
    practice: record.practice,
    patron,
    startedAt: record.createdAt,
    transcript: ctx.store.messagesAfter(record.id, 0, true).map(messageView),
  };
}

export function sendToPatrons(chat: LiveChat, frame: PatronServerFrame): void {
  for (const session of chat.patrons) session.peer.send(frame);
}

export function sendToResponder(
  ctx: RoomContext,
  responderId: ResponderId,
  frame: ResponderServerFrame,
): void {
  const live = ctx.responders.get(responderId);
  if (live) for (const peer of live.peers) peer.send(frame);
}

/**
 * Tells the patron who is helping, with the cooperative's disclosure in the patron's language
 * (their widget's locale) when it is another library.
 */
export function assignedFrame(
  ctx: RoomContext,
  record: ChatRecord,
  locale?: string | null,
): PatronServerFrame | undefined {
  const responder = record.responderId ? ctx.directory.responder(record.responderId) : undefined;
  const theirs = responder && ctx.directory.library(responder.libraryId);
  const home = ctx.directory.library(record.libraryId);
  if (!responder || !theirs || !home) return undefined;
  const isHomeLibrary = theirs.id === home.id;
  return {
    type: 'assigned',
    chatId: record.id,
    responderName: responder.displayName,
    libraryName: theirs.name,
    isHomeLibrary,
    disclosure: isHomeLibrary
      ? null
      : // Read again: a coordinator may have edited the disclosure since the room opened.
        disclosureTemplate(ctx.directory.cooperative(ctx.cooperative.id) ?? ctx.cooperative, locale)
          .replaceAll('{responderLibrary}', theirs.name)
          .replaceAll('{patronLibrary}', home.name),
  };
}
