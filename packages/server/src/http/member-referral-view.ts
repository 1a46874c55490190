import type { FollowUpId, MemberReferralView, PatronConsentView } from '@refdesk/protocol';
import type { FollowUpRecord } from '../core/model.ts';
import type { MemberReferralRecord } from '../core/ports/index.ts';
import type { AppDeps } from './app-deps.ts';

/**
 * A referral to a member library as both libraries see it: who referred it where, and the
 * receiving library's answer (with the reason when returned).
 *
 * @example
 * const view = memberReferralView(deps, followUp.id, followUp.question);
 */
export function memberReferralView(
  deps: AppDeps,
  id: FollowUpId,
  question: string,
  known?: MemberReferralRecord,
): MemberReferralView | null {
  const referral = known ?? deps.stores.followUpReferrals.memberReferral(id);
  if (!referral) return null;
  const directory = deps.stores.directory;
  const ref = (libraryId: MemberReferralRecord['fromLibraryId']) => ({
    id: libraryId,
    name: directory.library(libraryId)?.name ?? libraryId,
  });
  const name = (responderId: MemberReferralRecord['referredBy']) =>
    responderId ? (directory.responder(responderId)?.displayName ?? responderId) : null;
  return {
    followUpId: referral.followUpId,
    from: ref(referral.fromLibraryId),
    to: ref(referral.toLibraryId),
    state: referral.state,
    referredAt: referral.referredAt,
    referredBy: name(referral.referredBy),
    reason: referral.reason,
    decidedBy: name(referral.decidedBy),
    decidedAt: referral.decidedAt,
    question,
  };
}

/** The patron's answer to passing their email on, when they were asked. */
export function patronConsentView(deps: AppDeps, record: FollowUpRecord): PatronConsentView | null {
  const patron = deps.stores.followUpReferrals.patronOf(record.id);
  if (patron?.consent == null || patron.consentAt === null) return null;
  return { granted: patron.consent, at: patron.consentAt };
}
