import type { LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRecordingMailer } from '../../../test/support/recording-mailer.ts';
import { createRoomHarness } from '../../../test/support/room-harness.ts';

/** Ben (Shelbyville, covering the cooperative) answers a Springfield patron and refers it out. */
async function referredOut(options: { failMail?: boolean } = {}) {
  const mailer = createRecordingMailer();
  const h = createRoomHarness({}, { mailer });
  h.library('springfield', { name: 'Springfield Public Library' });
  h.library('shelbyville', { name: 'Shelbyville Public Library' });
  const cora = h.responder('cora', 'springfield', { roles: ['library_admin'] });
  const ben = h.responder('ben', 'shelbyville');
  h.room.start();
  const benPeer = h.online(ben, 'cooperative');
  const { chatId } = h.patron('springfield', 'Where are the 1850 state census schedules?');
  h.clock.advance(60_000);
  h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
  if (options.failMail) mailer.failNext();
  h.room.responderFrame(benPeer, ben, {
    type: 'end',
    chatId,
    outcome: 'referred',
    referral: { kind: 'email', email: 'ask@state-archive.example' },
    followUp: { contactEmail: 'pat@example.org', deadline: '2026-12-10' },
  });
  await Promise.resolve();
  await Promise.resolve();
  const [followUp] = h.stores.followUps.followUpsOf('springfield' as LibraryId);
  if (!followUp) throw new Error('no follow-up for Springfield');
  const referral = () => h.stores.followUpDuties.referralEmail(followUp.id);
  return { h, mailer, cora, referral };
}

describe('a referral by email to a library outside the cooperative', () => {
  it('is emailed from the cooperative with the question, replies going to the home library', async () => {
    const { mailer, cora } = await referredOut();
    const email = mailer.sent.find((sent) => sent.to === 'ask@state-archive.example');
    expect(email).toMatchObject({
      subject:
        'Referral from Springfield Public Library: Where are the 1850 state census schedules?',
      fromName: 'Test Cooperative',
      replyTo: cora.email,
    });
    expect(email?.text).toContain('> Where are the 1850 state census schedules?');
  });

  it('never passes the patron’s email on without their consent', async () => {
    const { mailer, referral } = await referredOut();
    const email = mailer.sent.find((sent) => sent.to === 'ask@state-archive.example');
    expect(email?.text).not.toContain('pat@example.org');
    expect(referral()?.patronConsent).toBe(false);
  });

  it('records the delivery on the home library’s follow-up', async () => {
    const { referral } = await referredOut();
    expect(referral()).toMatchObject({
      to: 'ask@state-archive.example',
      status: 'sent',
      error: null,
    });
  });

  it('records a failed delivery with the mail server’s answer', async () => {
    const { referral } = await referredOut({ failMail: true });
    expect(referral()).toMatchObject({ status: 'failed', error: 'Error: SMTP server said no' });
  });
});
