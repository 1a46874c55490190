import type {
  ChatId,
  LibraryId,
  PatronServerFrame,
  ResponderId,
  ResponderServerFrame,
  ResponderStatus,
  ResumeToken,
} from '@refdesk/protocol';
import type { PatronConsent } from '../follow-ups/patron-consent.ts';
import type { ChatRecord, Responder } from '../model.ts';
import type { PatronKeys } from '../ports/index.ts';

/** A patron's socket as the room sees it. */
export interface PatronPeer {
  send(frame: PatronServerFrame): void;
  close(code: number, reason: string): void;
}

/** A responder's socket as the room sees it. */
export interface ResponderPeer {
  send(frame: ResponderServerFrame): void;
  close(code: number, reason: string): void;
}

/** One patron socket after `hello`. Several tabs may share one chat. */
export interface PatronSession {
  peer: PatronPeer;
  libraryId: LibraryId;
  resumeToken: ResumeToken;
  chatId: ChatId | null;
  practice: boolean;
  pageUrl: string | null;
  /** The widget's language (`fr-CA`), for the disclosure; null when it did not say. */
  locale?: string | null;
  /** The client's network address, for the abuse budgets; null when unknown (a restored socket). */
  clientAddress: string | null;
  /** Names this socket in the per-session budgets. */
  budgetKey: string;
  /** The page said it is going away for good (a `departing` frame), not to a page of the site. */
  departing?: boolean;
  /** The salted keys the block list matches (core/room/patron-blocks.ts); unset without one. */
  keys?: PatronKeys;
}

/** Where a transfer pointed a chat, narrowing who is offered it. */
export type ChatTarget =
  | { kind: 'responder'; responderId: ResponderId }
  | { kind: 'library'; libraryId: LibraryId }
  | null;

/** A queued or active chat in memory. The record mirrors storage. */
export interface LiveChat {
  record: ChatRecord;
  patrons: Set<PatronSession>;
  /** Responders who currently hold an offer of this chat. */
  offeredTo: Set<ResponderId>;
  declinedBy: Set<ResponderId>;
  target: ChatTarget;
  tierTimer: unknown;
  /** Ends the chat when the patron has been gone longer than the resume window. */
  patronGoneTimer: unknown;
  /** The last queue position and tier the patrons were told, to send changes only. */
  toldPosition: number;
  toldTier: string;
  /** Whether the patrons were told nobody can take the chat now. */
  toldOffline: boolean;
  /** Whether a responder ever took the chat (counted once as answered, not again after a transfer). */
  answered: boolean;
  /** The patron's answer to passing their email on with a referral, once the responder asked. */
  consent?: PatronConsent;
}

/** A responder known to the room: connected, or holding chats through a grace period. */
export interface LiveResponder {
  id: ResponderId;
  status: ResponderStatus;
  peers: Set<ResponderPeer>;
  /** Active chats this responder holds. */
  chats: Set<ChatId>;
  /** Their profile as of their latest socket (routing reads it instead of the directory). */
  profile?: Responder;
  graceTimer: unknown;
  idleTimer: unknown;
}

/** A chat entering the room's memory: nobody offered yet, no timers running. */
export function newLiveChat(record: ChatRecord, patrons: PatronSession[] = []): LiveChat {
  return {
    record,
    patrons: new Set(patrons),
    offeredTo: new Set(),
    declinedBy: new Set(),
    target: null,
    tierTimer: undefined,
    patronGoneTimer: undefined,
    toldPosition: 0,
    toldTier: '',
    toldOffline: false,
    // Rebuilt after a restart: a chat that waits since later than it began was answered before.
    answered: record.state !== 'queued' || record.waitingSince !== record.createdAt,
  };
}
