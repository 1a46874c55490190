import type {
  ChatId,
  CooperativeId,
  LibraryId,
  ResponderId,
  SampleSettings,
} from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import type { QualityCaseRecord } from '../quality/quality-case.ts';

/** A chat the sample may draw: answered, not practice, ended, never sampled. */
export interface SampleCandidate {
  chatId: ChatId;
  responderId: ResponderId;
  /** The library of the responder who answered it. */
  libraryId: LibraryId;
  createdAt: Millis;
}

/** One draw of the rotating sample, with the seed that makes it reproducible. */
export interface SampleDrawRecord {
  id: string;
  cooperativeId: CooperativeId;
  period: string;
  periodStart: Millis;
  /** Chats started before this instant (and ended by `drawnAt`) were candidates. */
  periodEnd: Millis;
  seed: string;
  drawnAt: Millis;
  drawnBy: ResponderId | null;
  /** Drawn by the room scheduler at the start of the next period. */
  scheduled: boolean;
  /** The quotas the draw used (the rule may change later). */
  perResponder: number;
  perLibrary: number;
}

/** One chat an earlier draw took, for the rotation: whom it counted for, in which period. */
export interface SampledSubject {
  subject: string;
  period: string;
  drawnAt: Millis;
}

/** The rotating random sample's rule, draws and candidates. */
export interface SampleStore {
  /** The cooperative's rule, or undefined while it keeps the defaults. */
  sampleSettings(cooperativeId: CooperativeId): SampleSettings | undefined;
  saveSampleSettings(cooperativeId: CooperativeId, settings: SampleSettings): void;
  /**
   * Answered, non-practice chats started in [from, to) and ended by `endedBy`, that no draw made
   * before `beforeDraw` took (null: no draw at all), in (created_at, id) order.
   */
  sampleCandidates(
    cooperativeId: CooperativeId,
    span: { from: Millis; to: Millis; endedBy: Millis },
    beforeDraw: string | null,
  ): SampleCandidate[];
  /** Whether any answered, non-practice chat started in [from, to). */
  hasAnsweredChats(cooperativeId: CooperativeId, from: Millis, to: Millis): boolean;
  /** The chats earlier draws took (before `beforeDraw`; null: all), for the rotation. */
  sampledSubjects(cooperativeId: CooperativeId, beforeDraw: string | null): SampledSubject[];
  /** Stores a draw and its cases at once (all or nothing). */
  recordDraw(draw: SampleDrawRecord, cases: readonly QualityCaseRecord[]): void;
  /** A cooperative's draws, newest first, with how many chats each took. */
  draws(cooperativeId: CooperativeId): (SampleDrawRecord & { chats: number })[];
  draw(id: string): SampleDrawRecord | undefined;
  /** Whether the scheduler already drew this period. */
  hasScheduledDraw(cooperativeId: CooperativeId, period: string): boolean;
}
