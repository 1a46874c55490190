import type {
  Assigned,
  EndReason,
  ErrorCode,
  LibraryWidgetInfo,
  OfflineReason,
  PatronChatState,
  PatronMessage,
  Queued,
} from '@refdesk/protocol/patron';
import type { ClientEnvironment, SocketConstructor, Timers } from './socket/types.ts';
import type { KeyValueStorage } from './storage.ts';

export interface ChatClientOptions {
  /** The library whose librarians answer, e.g. `springfield`. */
  libraryId: string;
  /** The Refdesk server, e.g. `https://ask.example.org`; the socket is `wss://.../ws/patron`. */
  server: string;
  /** Routed like a real chat, left out of statistics. */
  practice?: boolean;
  locale?: string;
  /** The page the chat starts on, shown to the librarian. Defaults to `location.href`. */
  pageUrl?: string;
  /** Where the conversation is kept across reloads and tabs. Defaults to `localStorage`. */
  storage?: KeyValueStorage;
  /** Keeps tabs of the same site on one conversation. `null` turns it off. */
  channel?: BroadcastChannelLike | null;
  WebSocket?: SocketConstructor;
  timers?: Timers;
  random?: () => number;
  createId?: () => string;
  environment?: ClientEnvironment;
  /** Ping interval; with no frame for two intervals the socket is presumed dead. Default 25 s. */
  heartbeatMs?: number;
}

/** The part of BroadcastChannel the client uses. */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

export type AuthorRole = PatronMessage['authorRole'];

/** A message as shown: confirmed ones carry the server's seq; the patron's own wait in the outbox. */
export interface ChatMessage {
  /** Stable across the pending -> sent transition: the client message id, else the server id. */
  key: string;
  /** Null until the server has stored the message. */
  seq: number | null;
  authorRole: AuthorRole;
  displayName: string;
  text: string;
  sentAt: number;
  clientMessageId?: string;
  /** pending: not yet stored by the server; sent: stored; failed: refused. */
  status: 'pending' | 'sent' | 'failed';
}

/** idle: not started; open: welcomed; reconnecting: waiting to retry; closed: will not retry. */
export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

export type QueueInfo = Pick<Queued, 'position' | 'estimatedWaitSeconds' | 'tier'>;
export type AssignedInfo = Pick<
  Assigned,
  'responderName' | 'libraryName' | 'isHomeLibrary' | 'disclosure'
>;
export type { OfflineReason };

export interface ChatError {
  code: ErrorCode | 'connection';
  message: string;
  ref?: string | undefined;
  clientMessageId?: string | undefined;
}

/** Everything the UI needs, as one immutable value; a new one after every change. */
export interface ChatSnapshot {
  status: ConnectionStatus;
  library: LibraryWidgetInfo | null;
  chatState: PatronChatState;
  queue: QueueInfo | null;
  assigned: AssignedInfo | null;
  messages: readonly ChatMessage[];
  responderTyping: boolean;
  offline: OfflineReason | null;
  endedReason: EndReason | null;
  unread: number;
  /** `erased`: the server erased the chat the patron asked it to delete (`erase()`). */
  received: { survey: boolean; transcript: boolean; offlineQuestion: boolean; erased?: boolean };
  error: ChatError | null;
}

/** The events of a chat client; `open` and `close` are about the connection. */
export interface ChatClientEvents {
  ready: LibraryWidgetInfo;
  open: undefined;
  close: { code: number; reconnecting: boolean };
  queued: QueueInfo;
  assigned: AssignedInfo;
  message: ChatMessage;
  typing: { active: boolean };
  ended: { reason: EndReason };
  offline: { reason: OfflineReason };
  error: ChatError;
  unread: { count: number };
  change: ChatSnapshot;
}
