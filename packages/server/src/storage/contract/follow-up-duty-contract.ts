import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql.ts';
import { followUp, ids, LIB, OTHER_LIB, openWithDirectory, RESPONDER } from './fixtures.ts';

/**
 * Follow-up promises, deadlines and the staff's notifications.
 *
 * @example
 * followUpDutyContract(() => openNodeSqlite(':memory:'));
 */
export function followUpDutyContract(open: () => SqlDatabase): void {
  describe('follow-up duty store', () => {
    it('keeps a library promise and replaces it', () => {
      const { followUpDuties } = openWithDirectory(open);
      expect(followUpDuties.promiseOf(LIB)).toBeUndefined();
      followUpDuties.setPromise(LIB, 3);
      followUpDuties.setPromise(LIB, 4);
      expect(followUpDuties.promiseOf(LIB)).toBe(4);
    });

    it('lists unscheduled open follow-ups until they get a deadline, then lists them pending', () => {
      const { followUps, followUpDuties } = openWithDirectory(open);
      const open1 = followUp({ id: ids.followUp('f_1'), createdAt: 1 });
      const closed = followUp({ id: ids.followUp('f_2'), status: 'closed' });
      const elsewhere = followUp({ id: ids.followUp('f_3'), libraryId: OTHER_LIB });
      for (const f of [open1, closed, elsewhere]) followUps.insertFollowUp(f);
      const before = followUpDuties.version();
      expect(followUpDuties.unscheduled([LIB])).toEqual([open1]);
      const deadline = {
        followUpId: open1.id,
        dueAt: 10,
        remindAt: 5,
        remindedAt: null,
        overdueAt: null,
      };
      followUpDuties.schedule(deadline);
      expect(followUpDuties.unscheduled([LIB])).toEqual([]);
      expect(followUpDuties.pending([LIB])).toEqual([{ followUp: open1, deadline }]);
      followUpDuties.markReminded(open1.id, 6);
      followUpDuties.markOverdue(open1.id, 11);
      expect(followUpDuties.deadline(open1.id)).toEqual({
        ...deadline,
        remindedAt: 6,
        overdueAt: 11,
      });
      expect(followUpDuties.pending([LIB])).toEqual([]);
      followUps.insertFollowUp(followUp({ id: ids.followUp('f_4') }));
      expect(followUpDuties.version()).toBeGreaterThan(before);
    });

    it('counts a library notification for each of its staff, and one for the claimant only', () => {
      const { staffNotifications: notes } = openWithDirectory(open);
      const f = ids.followUp('f_1');
      const other = ids.responder('r_bob');
      notes.addNotification({
        libraryId: LIB,
        responderId: null,
        kind: 'new_follow_up',
        followUpId: f,
        at: 10,
        digestedAt: null,
      });
      notes.addNotification({
        libraryId: LIB,
        responderId: other,
        kind: 'reminder',
        followUpId: f,
        at: 20,
        digestedAt: null,
      });
      notes.addNotification({
        libraryId: OTHER_LIB,
        responderId: null,
        kind: 'referral',
        followUpId: f,
        at: 30,
        digestedAt: null,
      });
      expect(notes.countSince(LIB, RESPONDER, 0)).toBe(1);
      expect(notes.countSince(LIB, other, 0)).toBe(2);
      expect(notes.countSince(LIB, other, 10)).toBe(1);
      expect(notes.notificationsFor(LIB, other, 10).map((n) => n.kind)).toEqual([
        'reminder',
        'new_follow_up',
      ]);
    });

    it('keeps each responder digest choice and when they last looked', () => {
      const { staffNotifications: notes } = openWithDirectory(open);
      expect(notes.settingsOf(RESPONDER)).toEqual({ digest: 'hourly', seenAt: 0 });
      notes.setDigest(RESPONDER, 'off');
      notes.markSeen(RESPONDER, 50);
      notes.markSeen(RESPONDER, 40);
      expect(notes.settingsOf(RESPONDER)).toEqual({ digest: 'off', seenAt: 50 });
    });

    it('hands out undigested notifications once, and remembers when the digest went', () => {
      const { staffNotifications: notes } = openWithDirectory(open);
      const f = ids.followUp('f_1');
      notes.addNotification({
        libraryId: LIB,
        responderId: null,
        kind: 'offline_question',
        followUpId: f,
        at: 10,
        digestedAt: null,
      });
      const [pending] = notes.undigested([LIB, OTHER_LIB]);
      expect(pending?.kind).toBe('offline_question');
      notes.markDigested([pending?.id ?? -1], 99);
      expect(notes.undigested([LIB])).toEqual([]);
      expect(notes.lastDigestAt(LIB)).toBe(99);
      expect(notes.lastDigestAt(OTHER_LIB)).toBe(0);
    });
  });
}
