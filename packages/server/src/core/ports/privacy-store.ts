import type {
  ChatId,
  CooperativeId,
  FollowUpId,
  LibraryId,
  RetentionFloor,
  RetentionSettings,
  ScrubRun,
} from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/** One message's text, for redaction. */
export interface StoredText {
  chatId: ChatId;
  seq: number;
  text: string;
}

/** Which patron's chats: by email, chat id or the salted hash of their widget's browser id. */
export interface PatronLookup {
  email?: string | undefined;
  chatId?: ChatId | undefined;
  browserHash?: string | undefined;
}

/** A chat as a patron's request finds it: enough to list, export or erase it. */
export interface PatronChatSummary {
  id: ChatId;
  libraryId: LibraryId;
  createdAt: Millis;
  endedAt: Millis | null;
  question: string;
  patronName: string | null;
  patronEmail: string | null;
}

/**
 * Retention settings and what the scrub and patrons' requests need from storage. Every write is
 * one statement or runs inside `transaction`; the scrub's progress lives in the rows themselves
 * (`identifiers_scrubbed_at`, `transcript_scrubbed_at`), so a batch that did not commit is redone.
 */
export interface PrivacyStore {
  retention(libraryId: LibraryId): RetentionSettings | undefined;
  setRetention(libraryId: LibraryId, settings: RetentionSettings): void;
  retentionFloor(cooperativeId: CooperativeId): RetentionFloor | undefined;
  setRetentionFloor(cooperativeId: CooperativeId, floor: RetentionFloor): void;
  lastScrub(cooperativeId: CooperativeId): ScrubRun | undefined;
  saveScrub(cooperativeId: CooperativeId, run: ScrubRun): void;
  /**
   * Ended chats of a library, ended before `endedBefore`, whose identifiers are still there, but
   * for `except` (chats the room holds in memory).
   */
  chatsWithIdentifiers(
    libraryId: LibraryId,
    endedBefore: Millis,
    limit: number,
    except?: readonly ChatId[],
  ): ChatId[];
  /** Ended chats of a library, ended before `endedBefore`, whose transcript is still there. */
  chatsWithTranscripts(
    libraryId: LibraryId,
    endedBefore: Millis,
    limit: number,
    except?: readonly ChatId[],
  ): ChatId[];
  /**
   * Closed follow-ups of a library, made before `createdBefore`, that still have their patron's
   * name and email (`identifiers`) or their question (`text`). An open one is never selected: a
   * librarian still needs its address to answer.
   */
  closedFollowUps(
    libraryId: LibraryId,
    keeping: 'identifiers' | 'text',
    createdBefore: Millis,
    limit: number,
  ): FollowUpId[];
  /** The follow-up's question, for redaction. */
  followUpQuestion(id: FollowUpId): string;
  /** Clears the follow-up's name and email; `question`, when given, replaces its question. */
  clearFollowUpIdentifiers(id: FollowUpId, at: Millis, question?: string): void;
  /** Deletes the follow-up's question and notes, and its name and email if still there. */
  removeFollowUpText(id: FollowUpId, at: Millis): void;
  /** Whether any ended chat of the cooperative still has a transcript (so, one day, work). */
  hasScrubWork(cooperativeId: CooperativeId): boolean;
  /** The chat's question (seq 0) and its messages' texts. */
  chatTexts(chatId: ChatId): StoredText[];
  /** Rewrites one text (seq 0: the question) after redaction. */
  rewriteText(text: StoredText): void;
  /** Clears name, email, page and browser hash; patrons' display names become "Patron". */
  clearIdentifiers(chatId: ChatId, at: Millis): void;
  /**
   * Deletes the chat's messages, survey comment and quality comments and empties its question:
   * the chat row stays (state, times, outcome) for the reports. Returns the messages deleted.
   */
  removeTranscript(chatId: ChatId, at: Millis): number;
  /**
   * A library's chats whose patron gave this email (any case), or with this id, or whose widget's
   * salted browser hash is this one. Newest first.
   */
  patronChats(libraryId: LibraryId, query: PatronLookup): PatronChatSummary[];
  /**
   * Erases the follow-ups of a library whose contact is this email: question, name and email
   * emptied, notes deleted. Returns how many.
   */
  eraseFollowUps(libraryId: LibraryId, email: string, at: Millis): number;
  /** Erases the follow-ups made from this chat, as {@link eraseFollowUps} does. Returns how many. */
  eraseChatFollowUps(chatId: ChatId, at: Millis): number;
  transaction<T>(work: () => T): T;
}
