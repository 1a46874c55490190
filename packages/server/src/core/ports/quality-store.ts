import type { ChatId, CooperativeId, ResponderId } from '@refdesk/protocol';
import type { ChatRecord, Millis } from '../model.ts';
import type { FeedbackMessageRecord, QualityCaseRecord } from '../quality/quality-case.ts';
import type { ZoneOffset } from '../reports/zone-offsets.ts';
import type { ArchiveScope } from '../transcripts/archive-scope.ts';

/** The quality program's cases, their feedback threads and who read them. */
export interface QualityStore {
  insertCase(record: QualityCaseRecord): void;
  updateCase(record: QualityCaseRecord): void;
  qualityCase(id: string): QualityCaseRecord | undefined;
  /** A cooperative's cases, newest first (the reviewers' inbox). */
  casesOfCooperative(cooperativeId: CooperativeId): QualityCaseRecord[];
  /** Cases on one chat, oldest first. */
  casesOfChat(chatId: ChatId): QualityCaseRecord[];
  /** Cases on chats a responder answered that have a saved review, newest first. */
  reviewedCasesOfResponder(responderId: ResponderId): QualityCaseRecord[];
  insertMessage(message: FeedbackMessageRecord): void;
  /** A case's thread, oldest first. */
  messages(caseId: string): FeedbackMessageRecord[];
  markRead(caseId: string, responderId: ResponderId, at: Millis): void;
  /** When the responder last read the case's thread; 0 when never. */
  readAt(caseId: string, responderId: ResponderId): Millis;
}

/** Filters of the transcript archive (all optional but the cooperative and the scope). */
export interface ArchiveFilter {
  cooperativeId: CooperativeId;
  scope: ArchiveScope;
  from?: Millis | undefined;
  to?: Millis | undefined;
  libraryId?: string | undefined;
  responderId?: string | undefined;
  outcome?: string | undefined;
  tier?: string | undefined;
  rating?: number | undefined;
  forwarded?: boolean | undefined;
  /** Practice chats are left out unless asked for. */
  practice?: boolean | undefined;
  /** Full-text search over the question and the messages. */
  text?: string | undefined;
  /** Rows strictly older than this (created_at, id), for the next page. */
  before?: { createdAt: Millis; id: string } | undefined;
  limit: number;
  /** Only the chats a report figure counts; `from`/`to` are then the time of the request. */
  counted?: ArchiveCounted | undefined;
}

/** A report's drill-down, as the reports count (docs/reports.md). */
export interface ArchiveCounted {
  /** Hour of the week of the request (with the time zone's offsets over the period). */
  hour?: { value: number; offsets: readonly ZoneOffset[] } | undefined;
  fate?: 'answered' | 'abandoned' | 'missed' | 'waiting' | undefined;
  result?: string | undefined;
  /** Wait in `[min, below)` seconds. */
  wait?: { min: number; below: number } | undefined;
  acceptedBy?: string | undefined;
  /** Answered locally, by the group or by the cooperative, given each library's group. */
  answeredBy?:
    | { tier: 'local' | 'group' | 'cooperative'; groups: ReadonlyMap<string, string | null> }
    | undefined;
}

/** A chat as the archive lists it, with its survey rating and whether it was forwarded. */
export interface ArchivedChatRecord {
  chat: ChatRecord;
  rating: number | null;
  forwarded: boolean;
}

/** The transcript archive: search over stored chats. */
export interface ArchiveStore {
  /** Newest first, at most `limit`. */
  search(filter: ArchiveFilter): ArchivedChatRecord[];
}
