import type { ChatId, FollowUpId, LibraryId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import type { FollowUpRecord } from '../model.ts';
import { applyFollowUpAction, type FollowUpActor } from './apply-follow-up-action.ts';

const ana: FollowUpActor = { id: 'resp_ana' as ResponderId, displayName: 'Ana Alvarez' };
const ben: FollowUpActor = { id: 'resp_ben' as ResponderId, displayName: 'Ben Brooks' };
const NOW = 1_000;

function followUp(overrides: Partial<FollowUpRecord> = {}): FollowUpRecord {
  return {
    id: 'fu_1' as FollowUpId,
    libraryId: 'lib_springfield' as LibraryId,
    source: 'chat',
    chatId: 'chat_1' as ChatId,
    question: 'Do you have the 1920 census on microfilm?',
    patronName: 'Pat',
    contactEmail: 'pat@example.org',
    deadline: null,
    status: 'open',
    claimedBy: null,
    createdBy: ben.id,
    createdAt: 0,
    ...overrides,
  };
}

const claimedByBen = () => followUp({ status: 'claimed', claimedBy: ben.id });
const closed = () => followUp({ status: 'closed', claimedBy: ben.id });

describe('applyFollowUpAction', () => {
  it('lets a responder claim an open follow-up, with no note', () => {
    expect(applyFollowUpAction(followUp(), { action: 'claim' }, ana, NOW)).toEqual({
      ok: true,
      record: followUp({ status: 'claimed', claimedBy: ana.id }),
      changed: true,
      notes: [],
    });
  });

  it('lets the claimer claim their own follow-up again without changing it', () => {
    const result = applyFollowUpAction(claimedByBen(), { action: 'claim' }, ben, NOW);
    expect(result).toEqual({ ok: true, record: claimedByBen(), changed: false, notes: [] });
  });

  it('refuses a claim on a follow-up someone else has claimed', () => {
    expect(applyFollowUpAction(claimedByBen(), { action: 'claim' }, ana, NOW)).toEqual({
      ok: false,
      code: 'already_taken',
      message: 'Someone else has claimed this follow-up.',
    });
  });

  it('adds a note by the actor, now, and changes nothing else', () => {
    const result = applyFollowUpAction(
      followUp(),
      { action: 'note', text: 'Called the archive' },
      ana,
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      record: followUp(),
      changed: false,
      notes: [
        {
          followUpId: 'fu_1',
          authorId: ana.id,
          authorName: 'Ana Alvarez',
          text: 'Called the archive',
          at: NOW,
        },
      ],
    });
  });

  it('takes notes on a closed follow-up too', () => {
    const result = applyFollowUpAction(
      closed(),
      { action: 'note', text: 'Patron wrote back' },
      ana,
      NOW,
    );
    expect(result).toMatchObject({ ok: true, record: closed(), changed: false });
    expect(result.ok && result.notes.map((note) => note.text)).toEqual(['Patron wrote back']);
  });

  it('claims an open follow-up for whoever replies, and notes the reply with its subject', () => {
    const result = applyFollowUpAction(
      followUp(),
      { action: 'reply', subject: 'Census' },
      ana,
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      record: { status: 'claimed', claimedBy: ana.id },
      changed: true,
    });
    expect(result.ok && result.notes.map((note) => note.text)).toEqual([
      'Replied by email: Census',
    ]);
  });

  it('leaves the claim alone when someone else replies to a claimed follow-up', () => {
    const result = applyFollowUpAction(
      claimedByBen(),
      { action: 'reply', subject: 'Census' },
      ana,
      NOW,
    );
    expect(result).toMatchObject({ ok: true, record: claimedByBen(), changed: false });
    expect(result.ok && result.notes).toHaveLength(1);
  });

  it('closes a follow-up, keeping who claimed it, and notes the closing comment', () => {
    const result = applyFollowUpAction(
      claimedByBen(),
      { action: 'close', comment: 'Answered' },
      ana,
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      record: { status: 'closed', claimedBy: ben.id },
      changed: true,
    });
    expect(result.ok && result.notes.map((note) => note.text)).toEqual(['Closed: Answered']);
  });

  it('closes an open follow-up without a note when there is no comment', () => {
    const result = applyFollowUpAction(followUp(), { action: 'close' }, ana, NOW);
    expect(result).toEqual({
      ok: true,
      record: followUp({ status: 'closed' }),
      changed: true,
      notes: [],
    });
  });

  it.each([
    { action: 'claim' },
    { action: 'reply', subject: 'Census' },
    { action: 'close', comment: 'Again' },
  ] as const)('refuses to $action a closed follow-up', (action) => {
    expect(applyFollowUpAction(closed(), action, ben, NOW)).toEqual({
      ok: false,
      code: 'invalid_state',
      message: 'This follow-up is closed.',
    });
  });
});
