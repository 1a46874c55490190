import type { LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRoomHarness } from '../../../test/support/room-harness.ts';

describe('a chat referred to a member library', () => {
  it('waits in the receiving library’s queue for its answer, and its staff are told', () => {
    const h = createRoomHarness();
    h.library('springfield', { name: 'Springfield Public Library' });
    h.library('shelbyville', { name: 'Shelbyville Public Library' });
    const ben = h.responder('ben', 'shelbyville');
    const bea = h.responder('bea', 'shelbyville');
    h.room.start();
    const benPeer = h.online(ben, 'cooperative');
    const { chatId, session } = h.patron('springfield', 'Shelbyville founders’ letters?');
    session.locale = 'es-MX';
    h.clock.advance(30_000);
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
    h.room.responderFrame(benPeer, ben, {
      type: 'end',
      chatId,
      outcome: 'referred',
      referral: { kind: 'library', libraryId: 'shelbyville' as LibraryId },
      followUp: { contactEmail: 'pat@example.org', deadline: '2026-12-10' },
    });
    h.clock.advance(0);
    const [followUp] = h.stores.followUps.followUpsOf('shelbyville' as LibraryId);
    if (!followUp) throw new Error('no follow-up for Shelbyville');
    expect(h.stores.followUpReferrals.memberReferral(followUp.id)).toMatchObject({
      fromLibraryId: 'springfield',
      toLibraryId: 'shelbyville',
      referredBy: ben.id,
      state: 'pending',
    });
    expect(h.stores.followUpReferrals.patronOf(followUp.id)).toMatchObject({
      locale: 'es-MX',
      consent: null,
    });
    const told = h.stores.staffNotifications.notificationsFor(
      'shelbyville' as LibraryId,
      bea.id,
      10,
    );
    expect(told.map((n) => n.kind)).toEqual(['referral']);
  });
});
