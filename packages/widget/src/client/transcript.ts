import type { PatronMessage } from '@refdesk/protocol/patron';
import type { Conversation, OutboxFrame } from './conversation.ts';
import type { ChatMessage } from './types.ts';

/**
 * Adds a confirmed message in seq order. A message already present, by seq or by client message
 * id, is never shown twice: the server's copy replaces the local one under the same key.
 * Returns whether the message is new.
 *
 * @example
 * if (insertMessage(conversation.messages, message)) events.emit('message', message);
 */
export function insertMessage(list: ChatMessage[], message: ChatMessage): boolean {
  const index = list.findIndex(
    (m) =>
      m.seq === message.seq ||
      (message.clientMessageId !== undefined && m.clientMessageId === message.clientMessageId),
  );
  const existing = list[index];
  if (existing) {
    if (existing.seq === message.seq) list[index] = { ...message, key: existing.key };
    return false;
  }
  let at = list.length;
  while (at > 0 && (list[at - 1]?.seq ?? 0) > (message.seq ?? 0)) at--;
  list.splice(at, 0, message);
  return true;
}

/**
 * A message frame as shown. The patron's own messages keep their client message id as key, so
 * the bubble shown while sending is the same element once confirmed.
 *
 * @example
 * insertMessage(list, fromFrame(frame));
 */
export function fromFrame(frame: PatronMessage): ChatMessage {
  const message: ChatMessage = {
    key: frame.clientMessageId ?? frame.id,
    seq: frame.seq,
    authorRole: frame.authorRole,
    displayName: frame.displayName,
    text: frame.text,
    sentAt: frame.sentAt,
    status: 'sent',
  };
  if (frame.clientMessageId) message.clientMessageId = frame.clientMessageId;
  return message;
}

/**
 * The patron's words still in the outbox, shown as pending after the confirmed messages.
 *
 * @example
 * const shown = [...conversation.messages, ...pendingMessages(conversation.outbox)];
 */
export function pendingMessages(outbox: readonly OutboxFrame[]): ChatMessage[] {
  const pending: ChatMessage[] = [];
  for (const frame of outbox) {
    if (frame.type === 'offline_question') continue;
    pending.push({
      key: frame.clientMessageId,
      seq: null,
      authorRole: 'patron',
      displayName: (frame.type === 'ask' && frame.name) || '',
      text: frame.type === 'ask' ? frame.question : frame.text,
      sentAt: frame.at,
      clientMessageId: frame.clientMessageId,
      status: 'pending',
    });
  }
  return pending;
}

/**
 * Messages from librarians (and the system) after the last one the patron has seen.
 *
 * @example
 * launcher.setUnread(unreadCount(conversation));
 */
export function unreadCount(conversation: Conversation): number {
  return conversation.messages.filter(
    (m) => m.authorRole !== 'patron' && (m.seq ?? 0) > conversation.readSeq,
  ).length;
}

/**
 * The highest seq shown: a resume asks the server for what follows it.
 *
 * @example
 * socket.send(JSON.stringify({ type: 'hello', ..., lastSeq: lastSeq(conversation) }));
 */
export const lastSeq = (conversation: Pick<Conversation, 'messages'>): number =>
  conversation.messages.reduce((max, m) => Math.max(max, m.seq ?? 0), 0);
