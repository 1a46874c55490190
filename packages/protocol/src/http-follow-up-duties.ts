import * as v from 'valibot';
import { TimestampSchema } from './common.ts';
import { FollowUpIdSchema } from './ids.ts';
import { LibraryRefSchema } from './responder-server.ts';

// ---- Follow-up promises, deadlines and staff notifications ----------------------------

/** When a follow-up is due (the library's promise), its reminder, and whether it is overdue. */
export const FollowUpDueSchema = v.object({
  dueAt: TimestampSchema,
  remindAt: v.nullable(TimestampSchema),
  remindedAt: v.nullable(TimestampSchema),
  overdue: v.boolean(),
});
export type FollowUpDueView = v.InferOutput<typeof FollowUpDueSchema>;

/** `GET|PUT /api/libraries/:id/follow-up-promise`: working days, counted with coverage hours. */
export const FollowUpPromiseSchema = v.object({
  workingDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)),
});
export type FollowUpPromise = v.InferOutput<typeof FollowUpPromiseSchema>;

/** Why a library's staff are told about a follow-up. */
export const STAFF_NOTIFICATION_KINDS = [
  'new_follow_up',
  'referral',
  'offline_question',
  'reminder',
  'overdue',
] as const;
export const StaffNotificationKindSchema = v.picklist(STAFF_NOTIFICATION_KINDS);
export type StaffNotificationKind = v.InferOutput<typeof StaffNotificationKindSchema>;

/** How a responder hears of notifications by email: not at all, or one digest an hour at most. */
export const NOTIFICATION_DIGESTS = ['off', 'hourly'] as const;
export const NotificationDigestSchema = v.picklist(NOTIFICATION_DIGESTS);
export type NotificationDigest = v.InferOutput<typeof NotificationDigestSchema>;

export const StaffNotificationSchema = v.object({
  kind: StaffNotificationKindSchema,
  followUpId: FollowUpIdSchema,
  library: LibraryRefSchema,
  at: TimestampSchema,
});
export type StaffNotification = v.InferOutput<typeof StaffNotificationSchema>;

/** `GET /api/follow-up-notifications`: the badge (unseen count) and the newest notifications. */
export const StaffNotificationsResponseSchema = v.object({
  unseen: v.number(),
  digest: NotificationDigestSchema,
  notifications: v.array(StaffNotificationSchema),
});
export type StaffNotificationsResponse = v.InferOutput<typeof StaffNotificationsResponseSchema>;

/** `PUT /api/follow-up-notifications/settings` */
export const NotificationSettingsSchema = v.object({ digest: NotificationDigestSchema });
export type NotificationSettings = v.InferOutput<typeof NotificationSettingsSchema>;

/** `GET /api/follow-up-pool?library=&state=&overdue=&olderThanDays=`: a coordinator's filters. */
export const FOLLOW_UP_POOL_STATES = ['open', 'claimed', 'closed', 'all'] as const;
export const FollowUpPoolQuerySchema = v.object({
  library: v.optional(v.pipe(v.string(), v.maxLength(100))),
  state: v.optional(v.picklist(FOLLOW_UP_POOL_STATES), 'all'),
  overdue: v.optional(v.picklist(['true', 'false'])),
  /** Only follow-ups at least this many days old (by when they were made). */
  olderThanDays: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/))),
});
export type FollowUpPoolQuery = v.InferOutput<typeof FollowUpPoolQuerySchema>;

/** Where a referral email to a non-member library stands. */
export const REFERRAL_EMAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export const ReferralEmailStatusSchema = v.picklist(REFERRAL_EMAIL_STATUSES);
export type ReferralEmailStatus = v.InferOutput<typeof ReferralEmailStatusSchema>;

/** A referral email to a non-member library, as shown on the home library's follow-up. */
export const ReferralEmailViewSchema = v.object({
  to: v.string(),
  status: ReferralEmailStatusSchema,
  patronConsent: v.boolean(),
  at: TimestampSchema,
  error: v.nullable(v.string()),
});
export type ReferralEmailView = v.InferOutput<typeof ReferralEmailViewSchema>;
