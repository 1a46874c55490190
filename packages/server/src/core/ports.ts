import type {
  ChatId,
  ClientMessageId,
  CooperativeId,
  FollowUpId,
  LibraryId,
  ResponderId,
  ResponderStatus,
  ScriptScope,
} from '@refdesk/protocol';
import type {
  ChatEvent,
  ChatRecord,
  Cooperative,
  FollowUpNote,
  FollowUpRecord,
  Library,
  MessageRecord,
  Millis,
  Responder,
} from './model.ts';

/** Time, injected so routing runs on a fake clock in tests. */
export interface Clock {
  now(): Millis;
  /** Returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Randomness, injected: ids and secrets. */
export interface IdGenerator {
  /** A new opaque id with a readable prefix, e.g. `chat_3kf9...`. */
  id(prefix: string): string;
  /** A secret of at least 128 bits, URL-safe. */
  secret(): string;
}

/** The configuration a room routes with: cooperatives, libraries, responders. Read-mostly. */
export interface Directory {
  cooperative(id: CooperativeId): Cooperative | undefined;
  library(id: LibraryId): Library | undefined;
  librariesOf(cooperativeId: CooperativeId): Library[];
  responder(id: ResponderId): Responder | undefined;
  respondersOf(libraryId: LibraryId): Responder[];
}

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

/** Follow-ups as the HTTP layer reads and changes them. */
export interface FollowUpStore {
  followUp(id: FollowUpId): FollowUpRecord | undefined;
  followUpsOf(libraryId: LibraryId): FollowUpRecord[];
  updateFollowUp(followUp: FollowUpRecord): void;
  insertFollowUp(followUp: FollowUpRecord): void;
  notes(id: FollowUpId): FollowUpNote[];
  addNote(note: FollowUpNote): void;
}

/** A responder's login: the password hash never leaves the storage and auth layers. */
export interface Account {
  responder: Responder;
  passwordHash: string;
}

/** A signed-in responder's session. The cookie carries the id; storage keeps only its hash. */
export interface SessionRecord {
  idHash: string;
  responderId: ResponderId;
  csrfToken: string;
  createdAt: Millis;
  expiresAt: Millis;
}

export interface AccountStore {
  accountByEmail(email: string): Account | undefined;
  insertAccount(account: Account): void;
  session(idHash: string): SessionRecord | undefined;
  insertSession(session: SessionRecord): void;
  deleteSession(idHash: string): void;
  deleteExpiredSessions(now: Millis): void;
}

export interface PolicyPageRecord {
  libraryId: LibraryId;
  version: number;
  /** The structured template (PolicySections of the protocol). */
  sections: Record<string, string>;
  staffOnly: string;
  owners: string[];
  updatedAt: Millis;
  updatedBy: string;
}

export interface PolicyStore {
  /** The newest version. */
  policyPage(libraryId: LibraryId): PolicyPageRecord | undefined;
  /** Inserts a new version; returns false when `page.version - 1` is no longer the newest. */
  savePolicyPage(page: PolicyPageRecord): boolean;
}

export interface ScriptRecord {
  id: string;
  cooperativeId: CooperativeId;
  scope: ScriptScope;
  libraryId: LibraryId | null;
  responderId: ResponderId | null;
  title: string;
  text: string;
}

export interface ScriptStore {
  /** Personal scripts of the responder, library scripts of every library of the cooperative, cooperative scripts. */
  scriptsVisibleTo(responder: Responder, cooperativeId: CooperativeId): ScriptRecord[];
  script(id: string): ScriptRecord | undefined;
  saveScript(script: ScriptRecord): void;
  deleteScript(id: string): void;
}

/** Writes to the directory (configuration): seeding and library admin. */
export interface DirectoryStore extends Directory {
  insertCooperative(cooperative: Cooperative): void;
  insertLibrary(library: Library): void;
  updateLibrary(library: Library): void;
  /** Responders are inserted through AccountStore.insertAccount. */
}
