import type { ChatId, ResponderId } from '@refdesk/protocol';
import { type AbuseLimits, DEFAULT_ABUSE_LIMITS } from '../budgets/abuse-budgets.ts';
import { type BudgetLedger, createBudgetLedger } from '../budgets/sliding-window-budget.ts';
import type { ClosedInterval } from '../follow-ups/follow-up-deadline.ts';
import type { Cooperative } from '../model.ts';
import type {
  AuditStore,
  BlockStore,
  Clock,
  Directory,
  FeedbackStore,
  FollowUpDutyStore,
  FollowUpStore,
  IdGenerator,
  Logger,
  Mailer,
  Metrics,
  Notifier,
  PrivacyStore,
  QualityStore,
  RoomSchedules,
  RoomStore,
  SampleStore,
  StaffNotificationStore,
  SurveyStore,
} from '../ports/index.ts';
import type { LiveChat, LiveResponder } from './live-state.ts';
import { createRoomScheduler, type RoomScheduler } from './room-scheduler.ts';

export interface RoomConfig {
  /** How long a disconnected responder keeps their chats (default 60 s). */
  responderGraceMs: number;
  /** How long a patron may be gone and still resume (default 10 minutes). */
  patronResumeWindowMs: number;
  /** A responder who sends no frame (heartbeat) for this long goes away (default 90 s). */
  responderIdleMs: number;
  /** What anonymous patrons may write and have emailed (docs/operations.md, "Abuse budgets"). */
  budgets: AbuseLimits;
  /** A shift is missed when its librarian is not online this long after it starts (10 minutes). */
  missedShiftGraceMs: number;
  /**
   * How long a queued chat stays after its patron left the page on purpose (closed the tab, went
   * to another site) before it leaves the queue, unless the patron comes back (default 60 s).
   */
  patronLeftGraceMs: number;
}

export const DEFAULT_ROOM_CONFIG: RoomConfig = {
  responderGraceMs: 60_000,
  patronResumeWindowMs: 10 * 60_000,
  responderIdleMs: 90_000,
  budgets: DEFAULT_ABUSE_LIMITS,
  missedShiftGraceMs: 10 * 60_000,
  patronLeftGraceMs: 60_000,
};

export interface RoomDeps {
  cooperative: Cooperative;
  directory: Directory;
  store: RoomStore;
  feedback: FeedbackStore;
  notifier: Notifier;
  /** Refusals of spent budgets are logged here (never with message text). */
  logger: Logger;
  clock: Clock;
  ids: IdGenerator;
  /** One-way hash of resume tokens (SHA-256 hex). */
  hashToken(token: string): string;
  config: RoomConfig;
  /** Chats started, answered, abandoned and missed (core/metrics/metric-catalogue.ts). */
  metrics: Metrics;
  /**
   * Schedules (core/schedules/): a closed library is outside coverage; a shift nobody shows up
   * for is recorded as missed.
   */
  schedules: RoomSchedules;
  /** Retention and the nightly scrub (core/privacy/); without it the room scrubs nothing. */
  privacy?: PrivacyStore;
  /** The block list and IP modes (core/privacy/block-list.ts); without it nobody is blocked. */
  blocks?: BlockStore;
  /** Follow-up deadlines, reminders and the staff's notifications (core/follow-ups/follow-up-duties.ts). */
  followUps: Pick<FollowUpStore, 'followUp'>;
  followUpDuties: FollowUpDutyStore;
  staffNotifications: StaffNotificationStore;
  /** Reminders, digests and acknowledgements go out through it. */
  mailer: Mailer;
  /** A library's closures (holidays), counted out of its follow-up promise. */
  closures(libraryId: import('@refdesk/protocol').LibraryId): readonly ClosedInterval[];
  /** The quality program's rotating sample (core/quality/sample-schedule.ts); without it, none. */
  samples?: SampleStore;
  /** Libraries' survey questions and patrons' answers; a complaint there becomes a forward. */
  surveys?: SurveyStore;
  quality?: QualityStore;
  /** The patron's language and consent on follow-ups, member referrals (core/follow-ups/). */
  followUpReferrals?: import('../ports/index.ts').FollowUpReferralStore;
  /** Where a patron's own erasure of a chat is recorded for the library (core/room/patron-erasure.ts). */
  audit?: AuditStore;
}

/** Everything the room's parts share: its dependencies and its live state. */
export interface RoomContext extends RoomDeps {
  chats: Map<ChatId, LiveChat>;
  responders: Map<ResponderId, LiveResponder>;
  /** Recent pick-up times (queue to accept), for the patron's wait estimate. */
  recentWaitsMs: number[];
  /** The one timer for time-of-day boundaries (coverage hours), re-armed after every routing pass. */
  scheduler: RoomScheduler;
  /** Anonymous writes and emails spent, per address, library, session and destination. */
  budgets: BudgetLedger;
  /** Counts patron sessions, to name them in the budgets without spending an id. */
  sessionsOpened: number;
}

export function createRoomContext(deps: RoomDeps): RoomContext {
  return {
    ...deps,
    chats: new Map(),
    responders: new Map(),
    recentWaitsMs: [],
    scheduler: createRoomScheduler({ clock: deps.clock }),
    budgets: createBudgetLedger(deps.clock, { ...deps.config.budgets }),
    sessionsOpened: 0,
  };
}
