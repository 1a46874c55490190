import {
  assertNever,
  type ChatId,
  type QueueEntry,
  type ResponderServerFrame,
} from '@refdesk/protocol/responder';
import { ackLine, failLine, linesFromTranscript, mergeMessage } from './chat-lines.ts';
import type { ChatView, DeskData, DeskEffect } from './desk-types.ts';
import { OUTCOME_LABELS } from './labels.ts';

export interface Applied {
  data: DeskData;
  effects: DeskEffect[];
}

const byWait = (a: QueueEntry, b: QueueEntry) => a.waitingSince - b.waitingSince;

const RELEASE_MESSAGES = {
  transferred: 'The chat was transferred.',
  taken_back: "The patron's library took this chat back.",
  grace_expired: 'You were disconnected too long: the chat went back to the queue.',
} as const;

/**
 * Applies one server frame to the desk: a pure function, so every protocol case is tested without
 * a socket. `activeChatId` is the chat in front, whose messages count as read.
 *
 * @example
 * const { data, effects } = applyFrame(desk.value, frame, active.value);
 */
export function applyFrame(
  data: DeskData,
  frame: ResponderServerFrame,
  activeChatId: ChatId | null,
): Applied {
  const effects: DeskEffect[] = [];
  const withChat = (chatId: ChatId, change: (chat: ChatView) => ChatView): DeskData => ({
    ...data,
    chats: data.chats.map((chat) => (chat.chatId === chatId ? change(chat) : chat)),
  });
  const without = (chatId: ChatId): DeskData => ({
    ...data,
    chats: data.chats.filter((chat) => chat.chatId !== chatId),
  });
  switch (frame.type) {
    case 'welcome':
      return { data: { ...data, status: frame.status }, effects };
    case 'status':
      if (frame.reason === 'inactive') {
        effects.push({
          kind: 'notice',
          tone: 'info',
          message: 'You were set to Away after a period without activity.',
        });
      }
      return { data: { ...data, status: frame.status }, effects };
    case 'queue': {
      const known = new Set(data.offers.map((offer) => offer.chatId));
      for (const offer of frame.offers) {
        if (!known.has(offer.chatId)) effects.push({ kind: 'offer_arrived', offer });
      }
      return { data: { ...data, offers: [...frame.offers].sort(byWait) }, effects };
    }
    case 'offer': {
      const rest = data.offers.filter((offer) => offer.chatId !== frame.offer.chatId);
      if (rest.length === data.offers.length)
        effects.push({ kind: 'offer_arrived', offer: frame.offer });
      return { data: { ...data, offers: [...rest, frame.offer].sort(byWait) }, effects };
    }
    case 'offer_withdrawn':
      return {
        data: { ...data, offers: data.offers.filter((offer) => offer.chatId !== frame.chatId) },
        effects,
      };
    case 'chat_assigned':
      return assigned(data, frame);
    case 'message': {
      const { message } = frame;
      const counts = message.authorRole === 'patron' && message.chatId !== activeChatId;
      const next = withChat(message.chatId, (chat) => ({
        ...chat,
        lines: mergeMessage(chat.lines, message),
        patronTyping: message.authorRole === 'patron' ? false : chat.patronTyping,
        unread: chat.unread + (counts ? 1 : 0),
      }));
      return { data: next, effects };
    }
    case 'ack':
      return {
        data: withChat(frame.chatId, (chat) => ({
          ...chat,
          lines: ackLine(chat.lines, frame.clientMessageId, frame.seq, frame.messageId),
        })),
        effects,
      };
    case 'typing':
      return {
        data: withChat(frame.chatId, (chat) => ({ ...chat, patronTyping: frame.active })),
        effects,
      };
    case 'patron_left':
      return {
        data: withChat(frame.chatId, (chat) => ({
          ...chat,
          phase: 'patron_left',
          patronTyping: false,
        })),
        effects,
      };
    case 'chat_ended': {
      const label = frame.outcome ? OUTCOME_LABELS[frame.outcome].toLowerCase() : undefined;
      const message = label ? `Chat ended: ${label}.` : 'The chat ended.';
      effects.push({ kind: 'chat_closed', chatId: frame.chatId, message });
      return { data: without(frame.chatId), effects };
    }
    case 'chat_released':
      effects.push({
        kind: 'chat_closed',
        chatId: frame.chatId,
        message: RELEASE_MESSAGES[frame.reason],
      });
      return { data: without(frame.chatId), effects };
    case 'covered_chats':
      return { data: { ...data, covered: frame.chats }, effects };
    case 'error': {
      const { clientMessageId } = frame;
      effects.push({ kind: 'notice', tone: 'error', message: frame.message });
      if (!clientMessageId) return { data, effects };
      const chats = data.chats.map((chat) => ({
        ...chat,
        lines: failLine(chat.lines, clientMessageId),
      }));
      return { data: { ...data, chats }, effects };
    }
    case 'pong':
      return { data, effects };
    default:
      return assertNever(frame);
  }
}

function assigned(
  data: DeskData,
  frame: Extract<ResponderServerFrame, { type: 'chat_assigned' }>,
): Applied {
  const previous = data.chats.find((chat) => chat.chatId === frame.chatId);
  const chat: ChatView = {
    chatId: frame.chatId,
    homeLibrary: frame.homeLibrary,
    tier: frame.tier,
    practice: frame.practice,
    patron: frame.patron,
    startedAt: frame.startedAt,
    lines: linesFromTranscript(frame.transcript, previous?.lines ?? []),
    patronTyping: previous?.patronTyping ?? false,
    phase: previous?.phase ?? 'active',
    unread: previous?.unread ?? 0,
  };
  const chats = previous
    ? data.chats.map((entry) => (entry.chatId === chat.chatId ? chat : entry))
    : [...data.chats, chat];
  const offers = data.offers.filter((offer) => offer.chatId !== frame.chatId);
  const effects: DeskEffect[] = previous ? [] : [{ kind: 'chat_opened', chatId: frame.chatId }];
  return { data: { ...data, chats, offers }, effects };
}
