import type { FollowUpId, LibraryId, MemberReferralState, ResponderId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/** What a follow-up keeps of its patron beyond the email: their language and their consent. */
export interface FollowUpPatronRecord {
  followUpId: FollowUpId;
  /** The widget's language (`fr-CA`), for the acknowledgement; null when unknown. */
  locale: string | null;
  /** Whether they agreed to have their email passed on outside the cooperative; null: not asked. */
  consent: boolean | null;
  consentAt: Millis | null;
}

/** A referral to a member library: from the home library to the receiving one, and its answer. */
export interface MemberReferralRecord {
  followUpId: FollowUpId;
  fromLibraryId: LibraryId;
  toLibraryId: LibraryId;
  referredBy: ResponderId | null;
  referredAt: Millis;
  state: MemberReferralState;
  reason: string | null;
  decidedBy: ResponderId | null;
  decidedAt: Millis | null;
}

/** The patron's language and consent on follow-ups, and referrals between member libraries. */
export interface FollowUpReferralStore {
  /** Records (or replaces) what the follow-up keeps of its patron. */
  recordPatron(patron: FollowUpPatronRecord): void;
  patronOf(id: FollowUpId): FollowUpPatronRecord | undefined;
  /** Records (or replaces) a referral and its state. */
  saveMemberReferral(referral: MemberReferralRecord): void;
  memberReferral(id: FollowUpId): MemberReferralRecord | undefined;
  /** A library's referrals to other members, newest first. */
  referralsFrom(libraryId: LibraryId, limit: number): MemberReferralRecord[];
}
