import { assertNever, type FollowUpAction, type ResponderId } from '@refdesk/protocol';
import type { FollowUpNote, FollowUpRecord, Millis } from '../model.ts';

/**
 * One action on a follow-up as the state machine takes it. A reply has already been written (see
 * `followUpReplyEmail`): only its final subject matters here, for the note that records it.
 */
export type FollowUpStep =
  | Exclude<FollowUpAction, { action: 'reply' }>
  | { action: 'reply'; subject: string };

/** Who acts: the signed-in responder, already allowed to work the follow-up. */
export interface FollowUpActor {
  id: ResponderId;
  displayName: string;
}

export type FollowUpRefusal = {
  ok: false;
  code: 'invalid_state' | 'already_taken';
  message: string;
};

/** What to store: the follow-up as it now is (`changed` says whether to write it), then notes. */
export type FollowUpTransition =
  | { ok: true; record: FollowUpRecord; changed: boolean; notes: FollowUpNote[] }
  | FollowUpRefusal;

/**
 * The follow-up state machine: open -> claimed -> closed. A claim takes an open follow-up (or
 * keeps one's own); a reply takes an open follow-up and is noted; a close keeps who claimed it
 * and notes its comment; a note changes nothing else. A closed follow-up only takes notes.
 * Pure: the caller sends the reply email and stores the result.
 *
 * @example
 * const result = applyFollowUpAction(followUp, { action: 'claim' }, me, clock.now());
 * if (!result.ok) throw new HttpError(result.code, result.message);
 * if (result.changed) store.updateFollowUp(result.record);
 * for (const note of result.notes) store.addNote(note);
 */
export function applyFollowUpAction(
  record: FollowUpRecord,
  action: FollowUpStep,
  actor: FollowUpActor,
  now: Millis,
): FollowUpTransition {
  if (record.status === 'closed' && action.action !== 'note') {
    return { ok: false, code: 'invalid_state', message: 'This follow-up is closed.' };
  }
  const note = (text: string): FollowUpNote => ({
    followUpId: record.id,
    authorId: actor.id,
    authorName: actor.displayName,
    text,
    at: now,
  });
  const claimed: FollowUpRecord = { ...record, status: 'claimed', claimedBy: actor.id };
  switch (action.action) {
    case 'claim':
      if (record.claimedBy && record.claimedBy !== actor.id) {
        return {
          ok: false,
          code: 'already_taken',
          message: 'Someone else has claimed this follow-up.',
        };
      }
      return done(record, claimed, []);
    case 'note':
      return done(record, record, [note(action.text)]);
    case 'reply':
      // Replying to an unclaimed follow-up takes it: the patron now expects this responder.
      return done(record, record.status === 'open' ? claimed : record, [
        note(`Replied by email: ${action.subject}`),
      ]);
    case 'close':
      return done(
        record,
        { ...record, status: 'closed' },
        action.comment ? [note(`Closed: ${action.comment}`)] : [],
      );
    default:
      return assertNever(action);
  }
}

function done(
  before: FollowUpRecord,
  after: FollowUpRecord,
  notes: FollowUpNote[],
): FollowUpTransition {
  const changed = before.status !== after.status || before.claimedBy !== after.claimedBy;
  return { ok: true, record: after, changed, notes };
}
