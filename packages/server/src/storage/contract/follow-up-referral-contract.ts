import { describe, expect, it } from 'vitest';
import type { MemberReferralRecord } from '../../core/ports/index.ts';
import type { SqlDatabase } from '../sql.ts';
import { followUp, ids, LIB, OTHER_LIB, openWithDirectory, RESPONDER } from './fixtures.ts';

/**
 * What a follow-up keeps of its patron, and referrals between member libraries.
 *
 * @example
 * followUpReferralContract(() => openNodeSqlite(':memory:'));
 */
export function followUpReferralContract(open: () => SqlDatabase): void {
  describe('follow-up referral store', () => {
    it('keeps a follow-up patron’s language and consent, and replaces them', () => {
      const { followUps, followUpReferrals } = openWithDirectory(open);
      const f = followUp({ id: ids.followUp('f_1') });
      followUps.insertFollowUp(f);
      expect(followUpReferrals.patronOf(f.id)).toBeUndefined();
      followUpReferrals.recordPatron({
        followUpId: f.id,
        locale: 'fr',
        consent: null,
        consentAt: null,
      });
      expect(followUpReferrals.patronOf(f.id)).toEqual({
        followUpId: f.id,
        locale: 'fr',
        consent: null,
        consentAt: null,
      });
      followUpReferrals.recordPatron({
        followUpId: f.id,
        locale: 'fr',
        consent: false,
        consentAt: 7,
      });
      expect(followUpReferrals.patronOf(f.id)?.consent).toBe(false);
      followUpReferrals.recordPatron({
        followUpId: f.id,
        locale: null,
        consent: true,
        consentAt: 8,
      });
      expect(followUpReferrals.patronOf(f.id)).toMatchObject({
        locale: null,
        consent: true,
        consentAt: 8,
      });
    });

    it('keeps a member referral, its answer, and lists a library’s referrals newest first', () => {
      const { followUps, followUpReferrals } = openWithDirectory(open);
      const first = followUp({ id: ids.followUp('f_1'), libraryId: OTHER_LIB });
      const second = followUp({ id: ids.followUp('f_2'), libraryId: OTHER_LIB });
      for (const f of [first, second]) followUps.insertFollowUp(f);
      const referral: MemberReferralRecord = {
        followUpId: first.id,
        fromLibraryId: LIB,
        toLibraryId: OTHER_LIB,
        referredBy: RESPONDER,
        referredAt: 10,
        state: 'pending',
        reason: null,
        decidedBy: null,
        decidedAt: null,
      };
      followUpReferrals.saveMemberReferral(referral);
      followUpReferrals.saveMemberReferral({ ...referral, followUpId: second.id, referredAt: 20 });
      const returned = {
        ...referral,
        state: 'returned' as const,
        reason: 'Not our subject',
        decidedBy: RESPONDER,
        decidedAt: 30,
      };
      followUpReferrals.saveMemberReferral(returned);
      expect(followUpReferrals.memberReferral(first.id)).toEqual(returned);
      expect(followUpReferrals.referralsFrom(LIB, 10).map((r) => r.followUpId)).toEqual([
        second.id,
        first.id,
      ]);
      expect(followUpReferrals.referralsFrom(OTHER_LIB, 10)).toEqual([]);
      expect(followUpReferrals.referralsFrom(LIB, 1)).toHaveLength(1);
    });
  });
}
