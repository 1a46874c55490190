import type { FollowUp } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const act = async (
  actor: 'ana' | 'ben' | 'cora',
  action: object,
  id = h.seed.followUps.springfield,
) => (await h.as(actor)).post(`/api/follow-ups/${id}/actions`, action);
const reply = { action: 'reply', subject: 'Your 1911 directory', text: 'We found it: page 42.' };

describe('POST /api/follow-ups/:id/actions', () => {
  it('claims an open follow-up for the responder', async () => {
    const followUp = await json<FollowUp>(await act('ana', { action: 'claim' }));
    expect(followUp).toMatchObject({
      status: 'claimed',
      claimedBy: { id: 'demo-ana', displayName: 'Ana Alvarez' },
    });
  });

  it('refuses to claim a follow-up someone else has claimed', async () => {
    await act('ana', { action: 'claim' });
    const response = await act('cora', { action: 'claim' });
    expect(response.status).toBe(409);
    expect((await json<{ error: { code: string } }>(response)).error.code).toBe('already_taken');
  });

  it('adds a note signed with the responder’s name', async () => {
    const followUp = await json<FollowUp>(
      await act('cora', { action: 'note', text: 'Asked the archive.' }),
    );
    expect(followUp.notes).toEqual([
      { author: 'Cora Chen', text: 'Asked the archive.', at: h.clock.now() },
    ]);
  });

  it('emails the reply from the library, records it as a note and takes the follow-up', async () => {
    const followUp = await json<FollowUp>(await act('cora', reply));
    expect(h.mailer.sent).toEqual([
      {
        to: 'pat@example.org',
        subject: 'Your 1911 directory',
        text: expect.stringContaining('We found it: page 42.'),
        replyTo: 'cora@springfield.example',
        fromName: 'Springfield Public Library',
      },
    ]);
    expect(h.mailer.sent[0]?.text).toContain('> Can you find the 1911 city directory for me?');
    expect(followUp.notes.map((note) => note.text)).toEqual([
      'Replied by email: Your 1911 directory',
    ]);
    expect(followUp).toMatchObject({ status: 'claimed', claimedBy: { id: 'demo-cora' } });
  });

  it('quotes only the patron’s question, never the staff note kept with a chat’s follow-up', async () => {
    await act('ben', reply, h.seed.followUps.shelbyville);
    const text = h.mailer.sent[0]?.text ?? '';
    expect(text).toContain('> Is the Shelbyville branch open on Sunday?');
    expect(text).not.toContain('holiday hours');
  });

  it('keeps a subject line on one line and gives an empty subject a default', async () => {
    await act('cora', { ...reply, subject: 'Hi\r\nBcc: everyone@example.org' });
    await act('cora', { ...reply, subject: '' });
    expect(h.mailer.sent.map((email) => email.subject)).toEqual([
      'Hi Bcc: everyone@example.org',
      'Your question to Springfield Public Library',
    ]);
  });

  it('records nothing when the email cannot be sent, and says so with a 500', async () => {
    h.mailer.failNext();
    const response = await act('cora', reply);
    expect(response.status).toBe(500);
    expect(h.stores.followUps.notes(h.seed.followUps.springfield)).toEqual([]);
    expect(h.stores.followUps.followUp(h.seed.followUps.springfield)?.status).toBe('open');
  });

  it('closes a follow-up with the comment as a note, then refuses to claim or reply to it', async () => {
    const closed = await json<FollowUp>(
      await act('ana', { action: 'close', comment: 'Answered by phone.' }),
    );
    expect(closed.status).toBe('closed');
    expect(closed.notes.map((note) => note.text)).toEqual(['Closed: Answered by phone.']);
    expect((await act('ana', { action: 'claim' })).status).toBe(409);
    expect((await act('ana', reply)).status).toBe(409);
    expect((await act('ana', { action: 'note', text: 'Patron called back.' })).status).toBe(200);
    expect(h.mailer.sent).toEqual([]);
  });

  it('keeps markup in notes and replies as text, returned and emailed unchanged', async () => {
    const payload = '<script>alert(1)</script><b onmouseover="x()">hi</b>';
    const noted = await json<FollowUp>(await act('ana', { action: 'note', text: payload }));
    expect(noted.notes[0]?.text).toBe(payload);
    await act('ana', { ...reply, text: payload });
    expect(h.mailer.sent[0]?.text.startsWith(payload)).toBe(true);
  });

  it('answers 400 for an unknown action and 404 for an unknown follow-up', async () => {
    expect((await act('ana', { action: 'delete' })).status).toBe(400);
    expect((await act('ana', { action: 'claim' }, 'fu_nope' as never)).status).toBe(404);
  });
});

describe('GET /api/follow-ups/:id', () => {
  it('returns the follow-up with its library and notes', async () => {
    await act('ana', { action: 'note', text: 'Checking.' });
    const followUp = await json<FollowUp>(
      await (await h.as('cora')).get(`/api/follow-ups/${h.seed.followUps.springfield}`),
    );
    expect(followUp).toMatchObject({
      id: h.seed.followUps.springfield,
      library: { id: 'springfield', name: 'Springfield Public Library' },
      source: 'offline_question',
      contactEmail: 'pat@example.org',
      notes: [{ author: 'Ana Alvarez', text: 'Checking.' }],
    });
  });
});
