import type { FollowUpId, LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRecordingMailer } from '../../../test/support/recording-mailer.ts';
import { createRoomHarness } from '../../../test/support/room-harness.ts';
import type { CoverageWindow } from '../model.ts';

const HOUR = 60 * 60 * 1000;
// Friday 4 December 2026, 19:00 in Chicago (UTC-6), after closing time.
const FRIDAY_EVENING = Date.UTC(2026, 11, 5, 1);
const MONDAY_HOLIDAY = { start: Date.UTC(2026, 11, 7, 6), end: Date.UTC(2026, 11, 8, 6) };
const WEDNESDAY_OPENING = Date.UTC(2026, 11, 9, 15); // 09:00 in Chicago
const WEDNESDAY_CLOSING = Date.UTC(2026, 11, 9, 23); // 17:00 in Chicago
const weekdays: CoverageWindow[] = [1, 2, 3, 4, 5].map((day) => ({
  day,
  startMinute: 9 * 60,
  endMinute: 17 * 60,
}));

/** Springfield (Mon-Fri 09-17, closed on Monday 7 December) with Ana; a patron leaves a question. */
function fridayEveningQuestion(locale?: string) {
  const mailer = createRecordingMailer();
  const h = createRoomHarness(
    {},
    { start: FRIDAY_EVENING, mailer, closures: () => [MONDAY_HOLIDAY] },
  );
  h.library('springfield', { settings: { coverage: weekdays } });
  const ana = h.responder('ana', 'springfield');
  h.room.start();
  const { session, peer } = h.patron('springfield', 'Do you have the 1920 census?');
  if (locale) session.locale = locale;
  h.room.patronFrame(session, {
    type: 'offline_question',
    question: 'Do you have the 1920 census on microfilm?',
    email: 'pat@example.org',
  });
  const received = peer.last('received');
  const followUpId = (
    received && 'followUpId' in received ? received.followUpId : ''
  ) as FollowUpId;
  h.clock.advance(0);
  const notifications = () =>
    h.stores.staffNotifications.notificationsFor('springfield' as LibraryId, ana.id, 50);
  return { h, ana, mailer, followUpId, notifications };
}

describe('follow-up duties on the room clock', () => {
  it('makes a Friday evening follow-up due Wednesday at closing time when Monday is a holiday', () => {
    const { h, followUpId } = fridayEveningQuestion();
    expect(h.stores.followUpDuties.deadline(followUpId)).toEqual({
      followUpId,
      dueAt: WEDNESDAY_CLOSING,
      remindAt: WEDNESDAY_OPENING,
      remindedAt: null,
      overdueAt: null,
    });
  });

  it('tells the library staff of the offline question and acknowledges it to the patron by when', () => {
    const { mailer, notifications } = fridayEveningQuestion();
    expect(notifications().map((n) => n.kind)).toEqual(['offline_question']);
    const acknowledgement = mailer.sent.find((email) => email.to === 'pat@example.org');
    expect(acknowledgement?.subject).toBe('We received your question to Springfield Library');
    expect(acknowledgement?.text).toContain(
      'A librarian of Springfield Library will answer you by Wednesday, December 9, 2026 at 5:00',
    );
  });

  it('reminds the library at Wednesday opening, not a millisecond before', () => {
    const { h, followUpId, notifications } = fridayEveningQuestion();
    h.clock.advance(WEDNESDAY_OPENING - h.clock.now() - 1);
    expect(notifications().map((n) => n.kind)).not.toContain('reminder');
    h.clock.advance(1);
    expect(notifications()[0]?.kind).toBe('reminder');
    expect(h.stores.followUpDuties.deadline(followUpId)?.remindedAt).toBe(WEDNESDAY_OPENING);
  });

  it('turns the follow-up overdue at Wednesday closing time, exactly', () => {
    const { h, followUpId, notifications } = fridayEveningQuestion();
    h.clock.advance(WEDNESDAY_CLOSING - h.clock.now() - 1);
    expect(h.stores.followUpDuties.deadline(followUpId)?.overdueAt).toBeNull();
    h.clock.advance(1);
    expect(h.stores.followUpDuties.deadline(followUpId)?.overdueAt).toBe(WEDNESDAY_CLOSING);
    expect(notifications()[0]?.kind).toBe('overdue');
    // Nothing more is due for it: a week later it has told no one anything new.
    const told = notifications().length;
    h.clock.advance(7 * 24 * 60 * 60 * 1000);
    expect(notifications()).toHaveLength(told);
  });

  it('emails the reminder to the responder who claimed the follow-up', () => {
    const { h, ana, mailer, followUpId } = fridayEveningQuestion();
    const followUp = h.stores.followUps.followUp(followUpId);
    if (!followUp) throw new Error('no follow-up');
    h.stores.followUps.updateFollowUp({ ...followUp, status: 'claimed', claimedBy: ana.id });
    h.clock.advance(WEDNESDAY_OPENING - h.clock.now());
    const reminder = mailer.sent.find(
      (email) => email.to === ana.email && email.subject.startsWith('Follow-up due'),
    );
    expect(reminder?.subject).toContain('Follow-up due Wednesday, December 9, 2026');
    expect(
      h.stores.staffNotifications.notificationsFor('springfield' as LibraryId, ana.id, 1)[0],
    ).toMatchObject({ kind: 'reminder', responderId: ana.id });
  });

  it('sends no reminder or overdue for a follow-up closed before its deadline', () => {
    const { h, followUpId, notifications } = fridayEveningQuestion();
    const followUp = h.stores.followUps.followUp(followUpId);
    if (!followUp) throw new Error('no follow-up');
    h.stores.followUps.updateFollowUp({ ...followUp, status: 'closed' });
    h.clock.advance(WEDNESDAY_CLOSING - h.clock.now() + HOUR);
    expect(notifications().map((n) => n.kind)).toEqual(['offline_question']);
  });

  it('digests a library notifications to its staff at most once an hour, and never to who opted out', () => {
    const { h, ana, mailer } = fridayEveningQuestion();
    const bart = h.responder('bart', 'springfield');
    h.stores.staffNotifications.setDigest(bart.id, 'off');
    const digests = () =>
      mailer.sent.filter((email) => email.subject.startsWith('Springfield Library:'));
    expect(digests().map((email) => email.to)).toEqual([ana.email]);
    const { session } = h.patron('springfield', 'Another question');
    h.room.patronFrame(session, {
      type: 'offline_question',
      question: 'Another',
      email: 'q@example.org',
    });
    h.clock.advance(HOUR - 1);
    expect(digests()).toHaveLength(1);
    h.clock.advance(1);
    expect(digests()).toHaveLength(2);
    expect(digests()[1]?.text).toContain('Offline question: Another');
  });

  it.each([
    [
      'es',
      'Hemos recibido su pregunta a Springfield',
      /^Un bibliotecario de Springfield Library le responderá antes del miércoles, 9 de diciembre de 2026, 17:00/,
    ],
    [
      'fr-CA',
      'Nous avons bien reçu votre question à Springfield',
      /^Un ou une bibliothécaire de Springfield Library vous répondra d’ici le mercredi 9 décembre 2026 à 17:00/,
    ],
    [
      'ar',
      'تلقّينا سؤالك إلى Springfield',
      /^سيجيبك أحد أمناء Springfield Library قبل الأربعاء، 9 ديسمبر 2026/,
    ],
  ])(
    'acknowledges in the patron’s language (%s) who will answer and by when',
    (locale, subject, body) => {
      const { mailer } = fridayEveningQuestion(locale);
      const acknowledgement = mailer.sent.find((email) => email.to === 'pat@example.org');
      expect(acknowledgement?.subject).toContain(subject);
      expect(acknowledgement?.text).toMatch(body);
    },
  );
});
