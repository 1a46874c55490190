import type {
  AccountStore,
  ArchiveStore,
  AuditStore,
  BlockStore,
  DirectoryStore,
  FeedbackStore,
  FollowUpDutyStore,
  FollowUpReferralStore,
  FollowUpStore,
  GroupPolicyStore,
  InvitationStore,
  PasswordResetStore,
  PolicyStore,
  PrivacyStore,
  QualityStore,
  ReportStore,
  RoomStore,
  SampleStore,
  ScheduleStore,
  ScriptStore,
  StaffNotificationStore,
  SurveyStore,
  TranscriptStore,
} from '../core/ports/index.ts';
import { createSqlAccountStore } from './account-store.ts';
import { createSqlArchiveStore } from './archive-store.ts';
import { createSqlAuditStore } from './audit-store.ts';
import { createSqlBlockStore } from './block-store.ts';
import { createSqlDirectoryStore } from './directory-store.ts';
import { createSqlFeedbackStore } from './feedback-store.ts';
import { createSqlFollowUpDutyStore } from './follow-up-duty-store.ts';
import { createSqlFollowUpReferralStore } from './follow-up-referral-store.ts';
import { createSqlFollowUpStore } from './follow-up-store.ts';
import { createSqlGroupPolicyStore } from './group-policy-store.ts';
import { createSqlInvitationStore } from './invitation-store.ts';
import { migrate } from './migrations.ts';
import { createSqlPasswordResetStore } from './password-reset-store.ts';
import { createSqlPolicyStore } from './policy-store.ts';
import { createSqlPrivacyStore } from './privacy-store.ts';
import { createSqlQualityStore } from './quality-store.ts';
import { createSqlReportStore } from './report-store.ts';
import { createSqlRoomStore } from './room-store.ts';
import { createSqlSampleStore } from './sample-store.ts';
import { createSqlScheduleStore } from './schedule-store.ts';
import { createSqlScriptStore } from './script-store.ts';
import type { SqlDatabase } from './sql.ts';
import { createSqlStaffNotificationStore } from './staff-notification-store.ts';
import { createSqlSurveyStore } from './survey-store.ts';
import { createSqlTranscriptStore } from './transcript-store.ts';

/** Every store over one database. */
export interface Stores {
  db: SqlDatabase;
  room: RoomStore;
  accounts: AccountStore;
  invitations: InvitationStore;
  passwordResets: PasswordResetStore;
  audit: AuditStore;
  directory: DirectoryStore;
  policies: PolicyStore;
  groupPolicies: GroupPolicyStore;
  scripts: ScriptStore;
  followUps: FollowUpStore;
  feedback: FeedbackStore;
  transcripts: TranscriptStore;
  schedules: ScheduleStore;
  privacy: PrivacyStore;
  followUpDuties: FollowUpDutyStore;
  staffNotifications: StaffNotificationStore;
  reports: ReportStore;
  archive: ArchiveStore;
  quality: QualityStore;
  blocks: BlockStore;
  samples: SampleStore;
  surveys: SurveyStore;
  followUpReferrals: FollowUpReferralStore;
}

/**
 * Migrates the database to the current schema and builds every store on it. Runtime-free: the
 * runtime opens the database (node:sqlite, Durable Object SQL) and hands it in.
 *
 * @example
 * const stores = createStores(openNodeSqlite('data/refdesk.sqlite'));
 * const account = stores.accounts.accountByEmail(email);
 */
export function createStores(db: SqlDatabase): Stores {
  migrate(db);
  return {
    db,
    room: createSqlRoomStore(db),
    accounts: createSqlAccountStore(db),
    invitations: createSqlInvitationStore(db),
    passwordResets: createSqlPasswordResetStore(db),
    audit: createSqlAuditStore(db),
    directory: createSqlDirectoryStore(db),
    policies: createSqlPolicyStore(db),
    groupPolicies: createSqlGroupPolicyStore(db),
    scripts: createSqlScriptStore(db),
    followUps: createSqlFollowUpStore(db),
    feedback: createSqlFeedbackStore(db),
    transcripts: createSqlTranscriptStore(db),
    schedules: createSqlScheduleStore(db),
    privacy: createSqlPrivacyStore(db),
    followUpDuties: createSqlFollowUpDutyStore(db),
    staffNotifications: createSqlStaffNotificationStore(db),
    reports: createSqlReportStore(db),
    archive: createSqlArchiveStore(db),
    quality: createSqlQualityStore(db),
    blocks: createSqlBlockStore(db),
    samples: createSqlSampleStore(db),
    surveys: createSqlSurveyStore(db),
    followUpReferrals: createSqlFollowUpReferralStore(db),
  };
}
