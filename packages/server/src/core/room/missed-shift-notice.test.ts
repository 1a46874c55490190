import type { CooperativeId, LibraryId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRoomHarness } from '../../../test/support/room-harness.ts';
import type { OutgoingEmail } from '../ports/index.ts';
import type { ShiftRecord } from '../schedules/schedule-records.ts';

const MINUTE = 60_000;
// The harness starts on Monday 30 November 2026 at 15:00 UTC: 09:00 in Chicago.
const START = Date.UTC(2026, 10, 30, 15);
// Ana's shift: Mondays 09:30 to 11:00 in Chicago; the first starts at 15:30 UTC.
const FIRST = START + 30 * MINUTE;

function springfieldWithAShift() {
  const sent: OutgoingEmail[] = [];
  const mailer = { send: async (email: OutgoingEmail) => void sent.push(email) };
  const h = createRoomHarness({ responderIdleMs: 24 * 60 * MINUTE }, { mailer });
  h.library('springfield');
  h.library('shelbyville');
  const ana = h.responder('ana', 'springfield');
  const cora = h.responder('cora', 'springfield', { roles: ['librarian', 'library_admin'] });
  const ben = h.responder('ben', 'shelbyville');
  h.responder('bo', 'shelbyville');
  const cooperativeId = h.room.context.cooperative.id as CooperativeId;
  const shift: ShiftRecord = {
    id: 'shift_ana',
    cooperativeId,
    libraryId: 'springfield' as LibraryId,
    responderId: ana.id,
    kind: 'weekly',
    day: 1,
    date: null,
    startMinute: 9 * 60 + 30,
    endMinute: 11 * 60,
    timeZone: 'America/Chicago',
    createdBy: cora.id,
    createdAt: START,
  };
  h.stores.schedules.insertShift(shift);
  h.room.start();
  h.room.settingsChanged();
  return { h, sent, ana, cora, ben, cooperativeId };
}

describe('a missed shift', () => {
  it('emails the library’s admins and its backup librarians once, when it is recorded', () => {
    const { h, sent } = springfieldWithAShift();
    h.stores.schedules.saveLibraryScheduleSettings({
      libraryId: 'springfield' as LibraryId,
      swapApproval: false,
      backups: ['bo' as ResponderId, 'cora' as ResponderId],
    });
    h.clock.advance(FIRST + 10 * MINUTE - START - 1);
    expect(sent).toEqual([]);
    h.clock.advance(1);
    expect(sent.map((email) => email.to).sort()).toEqual(['bo@example.org', 'cora@example.org']);
    expect(sent[0]?.subject).toBe('Missed shift: Ana, Springfield Library');
    expect(sent[0]?.text).toMatch(
      /Ana was not online .* starting Monday, November 30, 2026 at 9:30/,
    );
    expect(sent[0]?.text).toMatch(/make-up shift is owed/);
    h.room.settingsChanged();
    h.clock.advance(MINUTE);
    expect(sent).toHaveLength(2);
  });

  it('is whoever claimed the occurrence’s to make up, not who gave it up', () => {
    const { h, ana, ben, cooperativeId } = springfieldWithAShift();
    h.stores.schedules.insertShiftChange({
      id: 'change_1',
      cooperativeId,
      kind: 'give_up',
      status: 'claimed',
      shiftId: 'shift_ana',
      startsAt: FIRST,
      endsAt: FIRST + 90 * MINUTE,
      libraryId: 'springfield' as LibraryId,
      fromResponderId: ana.id,
      toResponderId: ben.id,
      toLibraryId: 'shelbyville' as LibraryId,
      swapShiftId: null,
      swapStartsAt: null,
      swapEndsAt: null,
      createdAt: START,
      decidedAt: START,
      decidedBy: ben.id,
    });
    h.room.settingsChanged();
    h.clock.advance(FIRST + 10 * MINUTE - START);
    expect(h.stores.schedules.missedShiftsOf(cooperativeId)).toEqual([
      expect.objectContaining({ responderId: ben.id, libraryId: 'shelbyville', startsAt: FIRST }),
    ]);
  });

  it('is not recorded for a librarian online in Local status, and is for one away', () => {
    const { h, ana, cooperativeId } = springfieldWithAShift();
    const peer = h.online(ana, 'local');
    h.clock.advance(FIRST + 10 * MINUTE - START);
    expect(h.stores.schedules.missedShiftsOf(cooperativeId)).toEqual([]);
    h.room.responderFrame(peer, ana, { type: 'set_status', status: 'away' });
    h.clock.advance(7 * 24 * 60 * MINUTE);
    expect(h.stores.schedules.missedShiftsOf(cooperativeId)).toHaveLength(1);
  });
});
