import type { LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRecordingMailer } from '../../../test/support/recording-mailer.ts';
import { clientId, createRoomHarness } from '../../../test/support/room-harness.ts';

/** Ben (Shelbyville, covering the cooperative) answers a Springfield patron and refers it out. */
async function referredOut(
  options: { failMail?: boolean; patronSays?: string[]; locale?: string } = {},
) {
  const mailer = createRecordingMailer();
  const h = createRoomHarness({}, { mailer });
  h.library('springfield', { name: 'Springfield Public Library' });
  h.library('shelbyville', { name: 'Shelbyville Public Library' });
  const cora = h.responder('cora', 'springfield', { roles: ['library_admin'] });
  const ben = h.responder('ben', 'shelbyville');
  h.room.start();
  const benPeer = h.online(ben, 'cooperative');
  const { chatId, session, peer } = h.patron(
    'springfield',
    'Where are the 1850 state census schedules?',
  );
  if (options.locale) session.locale = options.locale;
  h.clock.advance(60_000);
  h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
  if (options.patronSays) {
    h.room.responderFrame(benPeer, ben, { type: 'ask_consent', chatId });
    for (const text of options.patronSays) {
      h.clock.advance(1_000);
      h.room.patronFrame(session, { type: 'send', clientMessageId: clientId(), text });
    }
  }
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
  // What Refdesk said in the chat after the line of Ben joining it (the consent question and its answer).
  const systemLines = peer.frames
    .flatMap((f) => (f.type === 'message' && f.authorRole === 'system' ? [f.text] : []))
    .slice(1);
  return { h, mailer, cora, referral, followUp, systemLines };
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

  it('asks the patron in the chat, and passes their email on when they answer yes', async () => {
    const { mailer, referral, h, followUp, systemLines } = await referredOut({
      patronSays: ['Is that the archive in the capital?', 'Yes'],
    });
    expect(systemLines[0]).toMatch(/^Ben .* May we give them your email address/);
    expect(systemLines[1]).toBe('Thank you: your email will be passed on with your question.');
    const email = mailer.sent.find((sent) => sent.to === 'ask@state-archive.example');
    expect(email?.text).toContain('answer them directly at pat@example.org');
    expect(referral()?.patronConsent).toBe(true);
    expect(h.stores.followUpReferrals.patronOf(followUp.id)).toMatchObject({ consent: true });
  });

  it('keeps the patron’s email back when they answer no, in their language', async () => {
    const { mailer, referral, h, followUp, systemLines } = await referredOut({
      patronSays: ['non', 'oui'],
      locale: 'fr-CA',
    });
    expect(systemLines[0]).toMatch(/Répondez OUI ou NON\.$/);
    expect(systemLines[1]).toMatch(/^Entendu : votre adresse ne sera pas transmise/);
    expect(systemLines).toHaveLength(2);
    const email = mailer.sent.find((sent) => sent.to === 'ask@state-archive.example');
    expect(email?.text).not.toContain('pat@example.org');
    expect(referral()?.patronConsent).toBe(false);
    expect(h.stores.followUpReferrals.patronOf(followUp.id)).toMatchObject({
      consent: false,
      locale: 'fr-CA',
    });
  });

  it('takes no ordinary message for an answer', async () => {
    const { referral, h, followUp, systemLines } = await referredOut({
      patronSays: ['yes, the one in the capital please'],
    });
    expect(systemLines).toHaveLength(1);
    expect(referral()?.patronConsent).toBe(false);
    expect(h.stores.followUpReferrals.patronOf(followUp.id)?.consent).toBeNull();
  });
});
