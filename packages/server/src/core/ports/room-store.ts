import type {
  ChatId,
  ClientMessageId,
  CooperativeId,
  ResponderId,
  ResponderStatus,
} from '@refdesk/protocol';
import type { ChatEvent, ChatRecord, FollowUpRecord, MessageRecord, Millis } from '../model.ts';

/** What a cooperative room persists. Every method is synchronous: it runs inside the room's turn. */
export interface RoomStore {
  /** Chats that are queued or active, to rebuild the room after a restart or eviction. */
  liveChats(cooperativeId: CooperativeId): ChatRecord[];
  chat(id: ChatId): ChatRecord | undefined;
  /** The chat whose resume token hashes to this value. */
  chatByResumeTokenHash(hash: string): ChatRecord | undefined;
  insertChat(chat: ChatRecord): void;
  updateChat(chat: ChatRecord): void;
  /**
   * Stores a message. Returns the stored one when (chatId, clientMessageId) already exists. A
   * stored message advances its chat's `lastSeq` as read back, without `updateChat`.
   */
  insertMessage(
    message: MessageRecord,
  ): { stored: true } | { stored: false; existing: MessageRecord };
  messageByClientId(chatId: ChatId, clientMessageId: ClientMessageId): MessageRecord | undefined;
  /** Messages of a chat with seq > afterSeq, in seq order; internal notes only when asked. */
  messagesAfter(chatId: ChatId, afterSeq: number, includeInternal: boolean): MessageRecord[];
  appendEvent(event: ChatEvent): void;
  insertFollowUp(followUp: FollowUpRecord): void;
  responderStatus(id: ResponderId): ResponderStatus | undefined;
  setResponderStatus(id: ResponderId, status: ResponderStatus, at: Millis): void;
  /** Runs `work` atomically: all of its writes land, or none. */
  transaction<T>(work: () => T): T;
}
