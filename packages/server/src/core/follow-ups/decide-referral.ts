import type { LibraryId, ReferralDecision } from '@refdesk/protocol';
import type { FollowUpNote, FollowUpRecord, Library, Millis } from '../model.ts';
import type { MemberReferralRecord, StaffNotificationRecord } from '../ports/index.ts';
import type { FollowUpActor } from './apply-follow-up-action.ts';

/** What to store after a decision: the referral, the follow-up, a note, and who to tell. */
export type ReferralOutcome =
  | {
      ok: true;
      referral: MemberReferralRecord;
      followUp: FollowUpRecord;
      note: FollowUpNote;
      notify: StaffNotificationRecord | null;
    }
  | { ok: false; code: 'invalid_state'; message: string };

/**
 * The receiving library answers a referral: accepting keeps the follow-up in its queue; returning
 * (with a reason) sends it back, open and unclaimed, to the home library, whose staff are told.
 * Only a pending referral can be answered. Pure: the caller stores the outcome.
 *
 * @example
 * const outcome = decideReferral({ referral, followUp, decision, actor: me, actorLibrary, now });
 */
export function decideReferral(input: {
  referral: MemberReferralRecord;
  followUp: FollowUpRecord;
  decision: ReferralDecision;
  actor: FollowUpActor;
  actorLibrary: Pick<Library, 'name'>;
  now: Millis;
}): ReferralOutcome {
  const { referral, followUp, decision, actor, now } = input;
  if (referral.state !== 'pending' || followUp.status === 'closed') {
    return {
      ok: false,
      code: 'invalid_state',
      message:
        referral.state === 'pending'
          ? 'This follow-up is closed.'
          : `This referral was already ${referral.state}.`,
    };
  }
  const decided = { ...referral, decidedBy: actor.id, decidedAt: now };
  const note = (text: string): FollowUpNote => ({
    followUpId: followUp.id,
    authorId: actor.id,
    authorName: actor.displayName,
    text,
    at: now,
  });
  if (decision.decision === 'accept') {
    return {
      ok: true,
      referral: { ...decided, state: 'accepted', reason: null },
      followUp,
      note: note(`Referral accepted for ${input.actorLibrary.name}.`),
      notify: null,
    };
  }
  const home: LibraryId = referral.fromLibraryId;
  return {
    ok: true,
    referral: { ...decided, state: 'returned', reason: decision.reason },
    followUp: { ...followUp, libraryId: home, status: 'open', claimedBy: null },
    note: note(`Referral returned by ${input.actorLibrary.name}: ${decision.reason}`),
    notify: {
      libraryId: home,
      responderId: null,
      kind: 'referral',
      followUpId: followUp.id,
      at: now,
      digestedAt: null,
    },
  };
}

/**
 * A coordinator moves a follow-up to another library of the cooperative: it arrives there open
 * and unclaimed, noted, and that library's staff are told as of a new follow-up.
 *
 * @example
 * const moved = reassignFollowUp({ followUp, to: shelbyville, actor: me, now });
 */
export function reassignFollowUp(input: {
  followUp: FollowUpRecord;
  to: Pick<Library, 'id' | 'name'>;
  actor: FollowUpActor;
  now: Millis;
}):
  | { ok: true; followUp: FollowUpRecord; note: FollowUpNote; notify: StaffNotificationRecord }
  | { ok: false; code: 'invalid_state'; message: string } {
  const { followUp, to, actor, now } = input;
  if (followUp.status === 'closed') {
    return { ok: false, code: 'invalid_state', message: 'This follow-up is closed.' };
  }
  if (followUp.libraryId === to.id) {
    return { ok: false, code: 'invalid_state', message: `It is already ${to.name}’s.` };
  }
  return {
    ok: true,
    followUp: { ...followUp, libraryId: to.id, status: 'open', claimedBy: null },
    note: {
      followUpId: followUp.id,
      authorId: actor.id,
      authorName: actor.displayName,
      text: `Reassigned to ${to.name}.`,
      at: now,
    },
    notify: {
      libraryId: to.id,
      responderId: null,
      kind: 'new_follow_up',
      followUpId: followUp.id,
      at: now,
      digestedAt: null,
    },
  };
}
