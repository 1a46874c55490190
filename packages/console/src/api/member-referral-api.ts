import {
  type FollowUp,
  FollowUpSchema,
  type LibraryId,
  MemberReferralListSchema,
  type MemberReferralView,
  type ReferralDecision,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface MemberReferralApi {
  /** The receiving library accepts a referral, or returns it with a reason. */
  decideReferral(followUpId: string, decision: ReferralDecision): Promise<FollowUp>;
  /** What a library referred to other members, and where each stands. */
  referralsOut(libraryId: LibraryId): Promise<MemberReferralView[]>;
  /** A coordinator moves a follow-up to another library. */
  reassignFollowUp(followUpId: string, libraryId: LibraryId): Promise<FollowUp>;
}

/**
 * Referrals between member libraries and the pool's reassignment.
 *
 * @example
 * await api.decideReferral(followUp.id, { decision: 'return', reason: 'Not our collection' });
 */
export function memberReferralApi(http: HttpClient): MemberReferralApi {
  const one = (id: string) => encodeURIComponent(id);
  return {
    decideReferral: (id, decision) =>
      http.send('POST', `/api/follow-ups/${one(id)}/referral`, decision, FollowUpSchema),
    async referralsOut(libraryId) {
      const url = `/api/libraries/${encodeURIComponent(libraryId)}/referrals-out`;
      return (await http.get(url, MemberReferralListSchema)).referrals;
    },
    reassignFollowUp: (id, libraryId) =>
      http.send('POST', `/api/follow-up-pool/${one(id)}/reassign`, { libraryId }, FollowUpSchema),
  };
}
