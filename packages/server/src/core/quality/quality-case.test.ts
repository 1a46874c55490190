import type { ChatId, CooperativeId, ResponderId, Review } from '@refdesk/protocol';
import { RUSA_AREAS } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { afterFeedback, applyCaseAction, createForward, saveReview } from './quality-case.ts';

const forward = createForward({
  id: 'qc_1',
  cooperativeId: 'coop' as CooperativeId,
  chatId: 'chat_1' as ChatId,
  label: 'complaint',
  comment: 'The patron says the chat ended abruptly.',
  by: 'cora' as ResponderId,
  now: 1000,
});
const review: Review = {
  areas: Object.fromEntries(
    RUSA_AREAS.map((area) => [area, { rating: 'meets', note: '' }]),
  ) as Review['areas'],
  tags: ['ended_abruptly'],
  comment: 'Say goodbye before ending.',
};
const quinn = 'quinn' as ResponderId;

describe('a quality case', () => {
  it('starts new, goes in review with a review, and to feedback sent with the reviewer’s message', () => {
    expect(forward.state).toBe('new');
    const reviewed = saveReview(forward, review, quinn, 2000);
    if ('refused' in reviewed) throw new Error(reviewed.refused);
    expect(reviewed).toMatchObject({ state: 'in_review', reviewedBy: quinn, reviewedAt: 2000 });
    expect(afterFeedback(reviewed, true)).toMatchObject({ state: 'feedback_sent' });
  });

  it('refuses feedback before a review, and keeps the state when the responder replies', () => {
    expect(afterFeedback(forward, true)).toEqual({
      refused: 'Save the review before sending feedback.',
    });
    expect(afterFeedback(forward, false)).toBe(forward);
  });

  it('closes, refuses changes while closed, and reopens in review', () => {
    const reviewed = saveReview(forward, review, quinn, 2000);
    if ('refused' in reviewed) throw new Error(reviewed.refused);
    const closed = applyCaseAction(reviewed, { action: 'close' });
    if ('refused' in closed) throw new Error(closed.refused);
    expect(closed.state).toBe('closed');
    expect(saveReview(closed, review, quinn, 3000)).toHaveProperty('refused');
    expect(afterFeedback(closed, false)).toHaveProperty('refused');
    expect(applyCaseAction(closed, { action: 'close' })).toHaveProperty('refused');
    expect(applyCaseAction(closed, { action: 'reopen' })).toMatchObject({ state: 'in_review' });
  });

  it('is assigned to a reviewer with a due date', () => {
    expect(
      applyCaseAction(forward, { action: 'assign', reviewerId: quinn, dueAt: 9000 }),
    ).toMatchObject({ assigneeId: quinn, dueAt: 9000, state: 'new' });
  });
});
