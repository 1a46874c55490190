import * as v from 'valibot';
import { TimestampSchema } from './common.ts';
import { FollowUpIdSchema, LibraryIdSchema } from './ids.ts';
import { LibraryRefSchema } from './responder-server.ts';

// ---- Referrals to member libraries and the patron's consent --------------------------

/** Where a referral to a member library stands: waiting, taken on, or sent back home. */
export const MEMBER_REFERRAL_STATES = ['pending', 'accepted', 'returned'] as const;
export const MemberReferralStateSchema = v.picklist(MEMBER_REFERRAL_STATES);
export type MemberReferralState = v.InferOutput<typeof MemberReferralStateSchema>;

/** A referral to a member library, as both the home and the receiving library see it. */
export const MemberReferralViewSchema = v.object({
  followUpId: FollowUpIdSchema,
  from: LibraryRefSchema,
  to: LibraryRefSchema,
  state: MemberReferralStateSchema,
  referredAt: TimestampSchema,
  referredBy: v.nullable(v.string()),
  /** Why it was returned; null otherwise. */
  reason: v.nullable(v.string()),
  decidedBy: v.nullable(v.string()),
  decidedAt: v.nullable(TimestampSchema),
  question: v.string(),
});
export type MemberReferralView = v.InferOutput<typeof MemberReferralViewSchema>;

/** `POST /api/follow-ups/:id/referral`: the receiving library accepts, or returns with a reason. */
export const ReferralDecisionSchema = v.variant('decision', [
  v.object({ decision: v.literal('accept') }),
  v.object({
    decision: v.literal('return'),
    reason: v.pipe(v.string(), v.trim(), v.minLength(1, 'say why'), v.maxLength(2000)),
  }),
]);
export type ReferralDecision = v.InferOutput<typeof ReferralDecisionSchema>;

/** `GET /api/libraries/:id/referrals-out`: what this library referred to other members. */
export const MemberReferralListSchema = v.object({
  referrals: v.array(MemberReferralViewSchema),
});
export type MemberReferralList = v.InferOutput<typeof MemberReferralListSchema>;

/**
 * The patron's answer, in the widget, to passing their email on to a library outside the
 * cooperative; null on a follow-up when they were never asked.
 */
export const PatronConsentViewSchema = v.object({
  granted: v.boolean(),
  at: TimestampSchema,
});
export type PatronConsentView = v.InferOutput<typeof PatronConsentViewSchema>;

/** `POST /api/follow-up-pool/:id/reassign`: a coordinator moves a follow-up to another library. */
export const FollowUpReassignSchema = v.object({
  libraryId: LibraryIdSchema,
});
export type FollowUpReassign = v.InferOutput<typeof FollowUpReassignSchema>;
