import type {
  FollowUpId,
  LibraryId,
  NotificationDigest,
  ResponderId,
  StaffNotificationKind,
} from '@refdesk/protocol';
import type { ReferralEmailRecord } from '../follow-ups/referral-email.ts';
import type { FollowUpRecord, Millis } from '../model.ts';

/** A follow-up's promise as stored: when due, when reminded, when it went overdue. */
export interface FollowUpDeadline {
  followUpId: FollowUpId;
  dueAt: Millis;
  remindAt: Millis | null;
  remindedAt: Millis | null;
  overdueAt: Millis | null;
}

/** One thing a library's staff (or one of them: `responderId`) are told about a follow-up. */
export interface StaffNotificationRecord {
  id?: number;
  libraryId: LibraryId;
  /** Null: every responder of the library; else the one it is for (the claimant). */
  responderId: ResponderId | null;
  kind: StaffNotificationKind;
  followUpId: FollowUpId;
  at: Millis;
  digestedAt: Millis | null;
}

/** Follow-up promises, deadlines and reminders: what the room's follow-up duties work on. */
export interface FollowUpDutyStore {
  /** A library's promise in working days, or undefined for the default. */
  promiseOf(libraryId: LibraryId): number | undefined;
  setPromise(libraryId: LibraryId, workingDays: number): void;
  /** Open or claimed follow-ups of these libraries that have no deadline yet, oldest first. */
  unscheduled(libraryIds: readonly LibraryId[]): FollowUpRecord[];
  schedule(deadline: FollowUpDeadline): void;
  deadline(id: FollowUpId): FollowUpDeadline | undefined;
  /** Open or claimed follow-ups of these libraries with a reminder or an overdue still to come. */
  pending(
    libraryIds: readonly LibraryId[],
  ): { followUp: FollowUpRecord; deadline: FollowUpDeadline }[];
  markReminded(id: FollowUpId, at: Millis): void;
  markOverdue(id: FollowUpId, at: Millis): void;
  /** Changes whenever a follow-up is added: a cheap way to know the pending set may have grown. */
  version(): number;
  /** Records (or updates) the referral email sent for a follow-up. */
  recordReferralEmail(referral: ReferralEmailRecord): void;
  referralEmail(id: FollowUpId): ReferralEmailRecord | undefined;
}

/** What the console's badge and the digest emails read. */
export interface StaffNotificationStore {
  addNotification(notification: StaffNotificationRecord): void;
  /** The newest notifications a responder of this library sees, newest first. */
  notificationsFor(
    libraryId: LibraryId,
    responderId: ResponderId,
    limit: number,
  ): StaffNotificationRecord[];
  /** How many of them are later than `since`. */
  countSince(libraryId: LibraryId, responderId: ResponderId, since: Millis): number;
  settingsOf(responderId: ResponderId): { digest: NotificationDigest; seenAt: Millis };
  setDigest(responderId: ResponderId, digest: NotificationDigest): void;
  markSeen(responderId: ResponderId, at: Millis): void;
  /** Notifications of these libraries not yet sent in a digest, oldest first. */
  undigested(libraryIds: readonly LibraryId[]): StaffNotificationRecord[];
  markDigested(ids: readonly number[], at: Millis): void;
  /** When this library's last digest went out (0: never). */
  lastDigestAt(libraryId: LibraryId): Millis;
}
