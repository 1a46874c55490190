import type { ChatId, LibraryId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../testing/fake-clock.ts';
import { type NewFollowUpFields, newFollowUp } from './new-follow-up.ts';

const ids = { id: (prefix: string) => `${prefix}_1`, secret: () => 'secret' };
const fields: NewFollowUpFields = {
  libraryId: 'lib_springfield' as LibraryId,
  source: 'chat',
  chatId: 'chat_1' as ChatId,
  question: 'Do you have the 1920 census?',
  patronName: null,
  contactEmail: 'pat@example.org',
  deadline: null,
  createdBy: 'resp_ben' as ResponderId,
};

describe('newFollowUp', () => {
  it('makes an open follow-up with a fresh id, created now', () => {
    const clock = createFakeClock(5_000);
    expect(newFollowUp({ ids, clock }, fields)).toEqual({
      ...fields,
      id: 'fu_1',
      status: 'open',
      claimedBy: null,
      createdAt: 5_000,
    });
  });

  it('starts claimed when a responder takes it on from the start', () => {
    const clock = createFakeClock();
    const record = newFollowUp({ ids, clock }, { ...fields, claimedBy: 'resp_ben' as ResponderId });
    expect(record).toMatchObject({ status: 'claimed', claimedBy: 'resp_ben' });
  });
});
