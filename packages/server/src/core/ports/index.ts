/**
 * Every interface the core needs from the outside world, in one place. Storage and the runtimes
 * implement them; core and http depend on them only.
 *
 * @example
 * import type { Clock, RoomStore } from '../ports/index.ts';
 */
export type { Account, AccountStore, SessionRecord, StoredAccount } from './account-store.ts';
export type { AuditQuery, AuditRecord, AuditStore } from './audit-store.ts';
export type { BlockRecord, BlockStore, PatronKeys } from './block-store.ts';
export type { Clock } from './clock.ts';
export type { Directory, DirectoryStore } from './directory.ts';
export type { FeedbackStore, QualityForwardRecord, SurveyRecord } from './feedback-store.ts';
export type {
  FollowUpDeadline,
  FollowUpDutyStore,
  StaffNotificationRecord,
  StaffNotificationStore,
} from './follow-up-duty-store.ts';
export type {
  FollowUpPatronRecord,
  FollowUpReferralStore,
  MemberReferralRecord,
} from './follow-up-referral-store.ts';
export type { FollowUpStore } from './follow-up-store.ts';
export type { GroupPolicyPageRecord, GroupPolicyStore } from './group-policy-store.ts';
export type { IdGenerator } from './ids.ts';
export type { InvitationRecord, InvitationStore } from './invitation-store.ts';
export type { LogFields, Logger, LoggerInput, LogLevel } from './logger.ts';
export type { Mailer, OutgoingEmail } from './mailer.ts';
export type { CounterName, HistogramName, MetricLabels, Metrics } from './metrics.ts';
export type { Notifier } from './notifier.ts';
export type { PasswordHasher } from './password-hasher.ts';
export type { PasswordResetRecord, PasswordResetStore } from './password-reset-store.ts';
export type { PolicyPageRecord, PolicyStore } from './policy-store.ts';
export type {
  PatronChatSummary,
  PatronLookup,
  PrivacyStore,
  StoredText,
} from './privacy-store.ts';
export type {
  ArchiveCounted,
  ArchivedChatRecord,
  ArchiveFilter,
  ArchiveStore,
  QualityStore,
} from './quality-store.ts';
export type { ReportStore } from './report-store.ts';
export type { RoomStore } from './room-store.ts';
export type {
  SampleCandidate,
  SampleDrawRecord,
  SampledSubject,
  SampleStore,
} from './sample-store.ts';
export type { RoomSchedules, ScheduleStore } from './schedule-store.ts';
export type { ScriptRecord, ScriptStore } from './script-store.ts';
export type { SurveyStore } from './survey-store.ts';
export type { TranscriptStore } from './transcript-store.ts';
