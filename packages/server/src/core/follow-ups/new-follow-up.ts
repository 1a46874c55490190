import type { FollowUpId, ResponderId } from '@refdesk/protocol';
import type { FollowUpRecord } from '../model.ts';
import type { Clock, IdGenerator } from '../ports/index.ts';

/** What the creator of a follow-up says about it; the rest (id, status, time) is decided here. */
export type NewFollowUpFields = Pick<
  FollowUpRecord,
  | 'libraryId'
  | 'source'
  | 'chatId'
  | 'question'
  | 'patronName'
  | 'contactEmail'
  | 'deadline'
  | 'createdBy'
> & {
  /** A responder who takes it on from the start: it begins claimed by them. */
  claimedBy?: ResponderId | null;
};

/**
 * The one way to make a follow-up record: a fresh `fu_` id, created now, open (or claimed when
 * someone takes it on from the start).
 *
 * @example
 * const followUp = newFollowUp(ctx, {
 *   libraryId, source: 'offline_question', chatId: null, question: 'Do you have...?',
 *   patronName: null, contactEmail: 'pat@example.org', deadline: null, createdBy: null,
 * });
 * store.insertFollowUp(followUp);
 */
export function newFollowUp(
  deps: { ids: IdGenerator; clock: Clock },
  fields: NewFollowUpFields,
): FollowUpRecord {
  const claimedBy = fields.claimedBy ?? null;
  return {
    id: deps.ids.id('fu') as FollowUpId,
    libraryId: fields.libraryId,
    source: fields.source,
    chatId: fields.chatId,
    question: fields.question,
    patronName: fields.patronName,
    contactEmail: fields.contactEmail,
    deadline: fields.deadline,
    status: claimedBy ? 'claimed' : 'open',
    claimedBy,
    createdBy: fields.createdBy,
    createdAt: deps.clock.now(),
  };
}
