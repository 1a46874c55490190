import { batch, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import {
  assertNever,
  type ChatId,
  type ClientMessageId,
  type QueueEntry,
  type ResponderClientFrameInput,
  type ResponderProfile,
  type ResponderServerFrame,
  type ResponderStatus,
  type TransferTarget,
} from '@refdesk/protocol/responder';
import { createClientMessageId } from '@refdesk/widget/socket';
import type { ResponderSocket, SocketState } from '../api/responder-socket.ts';
import { applyFrame } from './apply-frame.ts';
import { pendingFrames } from './chat-lines.ts';
import type { ChatLine, DeskData, DeskEffect } from './desk-types.ts';
import { emptyDesk } from './desk-types.ts';
import type { EndRequest } from './end-form.ts';
import type { Notices } from './notices.ts';

export interface DeskStateOptions {
  profile: ResponderProfile;
  notices: Notices;
  /** Builds the socket with the desk's handlers; the real one is createResponderSocket. */
  connect(handlers: {
    onFrame(frame: ResponderServerFrame): void;
    onState(state: SocketState): void;
  }): ResponderSocket;
  onOfferArrived?(offer: QueueEntry): void;
  createId?: () => ClientMessageId;
  now?: () => number;
}

/** What I was writing in a chat, kept while another chat is in front. */
export interface Draft {
  text: string;
  internal: boolean;
}

export interface DeskState {
  profile: ResponderProfile;
  drafts: Map<ChatId, Draft>;
  data: ReadonlySignal<DeskData>;
  connection: ReadonlySignal<SocketState>;
  /** The chat in front; its patron messages count as read. */
  activeChatId: Signal<ChatId | null>;
  start(): void;
  stop(): void;
  focusChat(chatId: ChatId): void;
  setStatus(status: ResponderStatus): void;
  accept(chatId: ChatId): void;
  sendMessage(chatId: ChatId, text: string, internal: boolean): void;
  setTyping(chatId: ChatId, active: boolean): void;
  end(frame: EndRequest): boolean;
  transfer(chatId: ChatId, to: TransferTarget, note?: string): boolean;
  takeBack(chatId: ChatId): boolean;
  forwardToQuality(chatId: ChatId, comment: string): boolean;
  /** Asks the patron, in the chat, whether their email may go with an outside referral. */
  askConsent(chatId: ChatId): boolean;
}

/**
 * The responder's desk: offers, open chats, covered chats and status, kept in signals and fed by
 * the responder socket. Messages I write show at once as pending, and are sent again after a
 * reconnect until the server acknowledges them (it drops duplicates by client message id).
 *
 * @example
 * const desk = createDeskState({ profile, notices, connect: (h) => createResponderSocket(h) });
 * desk.start();
 * desk.setStatus('cooperative');
 */
export function createDeskState(options: DeskStateOptions): DeskState {
  const { notices } = options;
  const createId = options.createId ?? (() => createClientMessageId('r'));
  const now = options.now ?? (() => Date.now());
  const data = signal<DeskData>(emptyDesk);
  const connection = signal<SocketState>('connecting');
  const activeChatId = signal<ChatId | null>(null);
  const accepting = new Set<ChatId>();
  const drafts = new Map<ChatId, Draft>();

  const socket = options.connect({
    onFrame(frame) {
      const applied = applyFrame(data.value, frame, activeChatId.value);
      batch(() => {
        data.value = applied.data;
        for (const effect of applied.effects) handle(effect);
      });
    },
    onState(state) {
      connection.value = state;
      if (state === 'open') resendPending();
    },
  });

  function handle(effect: DeskEffect): void {
    switch (effect.kind) {
      case 'offer_arrived':
        options.onOfferArrived?.(effect.offer);
        return;
      case 'chat_opened':
        if (accepting.delete(effect.chatId) || activeChatId.value === null)
          activeChatId.value = effect.chatId;
        return;
      case 'chat_closed':
        drafts.delete(effect.chatId);
        notices.push(effect.message);
        if (activeChatId.value === effect.chatId)
          activeChatId.value = data.value.chats[0]?.chatId ?? null;
        return;
      case 'notice':
        notices.push(effect.message, effect.tone);
        return;
      default:
        assertNever(effect);
    }
  }

  function sendFrame(frame: ResponderClientFrameInput): boolean {
    if (socket.send(frame)) return true;
    notices.push('Not connected to Refdesk right now. Try again in a moment.', 'error');
    return false;
  }

  function resendPending(): void {
    for (const frame of pendingFrames(data.value.chats)) socket.send(frame);
  }

  function updateChat(chatId: ChatId, change: (lines: ChatLine[]) => ChatLine[]): void {
    data.value = {
      ...data.value,
      chats: data.value.chats.map((chat) =>
        chat.chatId === chatId ? { ...chat, lines: change(chat.lines) } : chat,
      ),
    };
  }

  return {
    profile: options.profile,
    drafts,
    data,
    connection,
    activeChatId,
    start: () => socket.start(),
    stop: () => socket.stop(),
    focusChat(chatId) {
      activeChatId.value = chatId;
      data.value = {
        ...data.value,
        chats: data.value.chats.map((chat) =>
          chat.chatId === chatId && chat.unread > 0 ? { ...chat, unread: 0 } : chat,
        ),
      };
    },
    setStatus(status) {
      if (sendFrame({ type: 'set_status', status })) data.value = { ...data.value, status };
    },
    accept(chatId) {
      if (sendFrame({ type: 'accept', chatId })) accepting.add(chatId);
    },
    sendMessage(chatId, text, internal) {
      const clientMessageId = createId();
      const line: ChatLine = {
        key: clientMessageId,
        seq: null,
        authorRole: 'responder',
        displayName: options.profile.displayName,
        text,
        sentAt: now(),
        internal,
        clientMessageId,
        delivery: 'pending',
      };
      updateChat(chatId, (lines) => [...lines, line]);
      // Offline, the line stays pending and goes out again when the socket is back.
      socket.send({ type: internal ? 'note' : 'send', chatId, clientMessageId, text });
    },
    setTyping(chatId, active) {
      // A composer closing after its chat ended must not tell the server about a chat I lost.
      if (data.value.chats.some((chat) => chat.chatId === chatId)) {
        socket.send({ type: 'typing', chatId, active });
      }
    },
    end: (frame) => sendFrame({ type: 'end', ...frame } as ResponderClientFrameInput),
    transfer(chatId, to, note) {
      return sendFrame(
        note ? { type: 'transfer', chatId, to, note } : { type: 'transfer', chatId, to },
      );
    },
    takeBack(chatId) {
      const sent = sendFrame({ type: 'take_back', chatId });
      if (sent) accepting.add(chatId);
      return sent;
    },
    forwardToQuality: (chatId, comment) =>
      sendFrame({ type: 'forward_to_quality', chatId, comment }),
    askConsent: (chatId) => sendFrame({ type: 'ask_consent', chatId }),
  };
}
