import type { AuditEntry, InvitationResponse, PeopleResponse, Person } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';
import { anonymous, linkToken, signIn } from '../../../test/support/sign-in.ts';
import { DEMO_PASSWORD } from '../../storage/demo-seed.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const PASSWORD = 'correct horse battery';
const code = async (response: Response) =>
  (await json<{ error: { code: string; message: string } }>(response)).error;

async function inviteNia(roles = ['librarian']) {
  const cora = await h.as('cora');
  const response = await cora.post('/api/people/invitations', {
    email: 'Nia@Springfield.example',
    roles,
  });
  expect(response.status).toBe(201);
  return json<InvitationResponse>(response);
}

describe('inviting someone', () => {
  it('emails a single-use link built from the public origin, which opens an account', async () => {
    const invited = await inviteNia();
    expect(invited.emailed).toBe(true);
    const email = h.mailer.sent.at(-1);
    expect(email).toMatchObject({
      to: 'nia@springfield.example',
      fromName: 'Springfield Public Library',
    });
    expect(email?.text).toContain(invited.link);
    expect(invited.link).toMatch(/^http:\/\/localhost\/console\/invitation#/);
    const token = linkToken(email?.text ?? '');
    expect(h.stores.invitations.invitation(invited.invitation.id)?.tokenHash).not.toContain(token);

    const preview = await anonymous(h, 'GET', `/api/invitations/${token}`);
    expect(await json(preview)).toMatchObject({
      email: 'nia@springfield.example',
      roles: ['librarian'],
    });
    const accept = { displayName: 'Nia Novak', password: PASSWORD };
    const accepted = await anonymous(h, 'POST', `/api/invitations/${token}/accept`, accept);
    expect(accepted.status).toBe(201);
    const { client } = await signIn(h, 'nia@springfield.example', PASSWORD);
    const me = await json<{ responder: { displayName: string; roles: string[] } }>(
      await (client ?? (await h.as('anonymous'))).get('/api/me'),
    );
    expect(me.responder).toMatchObject({ displayName: 'Nia Novak', roles: ['librarian'] });
  });

  it('answers a used, expired, revoked or unknown link the same way', async () => {
    const first = linkToken((await inviteNia()).link);
    const accept = { displayName: 'Nia Novak', password: PASSWORD };
    await anonymous(h, 'POST', `/api/invitations/${first}/accept`, accept);
    const answers = [];
    answers.push(await anonymous(h, 'POST', `/api/invitations/${first}/accept`, accept));
    answers.push(await anonymous(h, 'POST', '/api/invitations/made-up/accept', accept));
    const cora = await h.as('cora');
    const revoked = await json<InvitationResponse>(
      await cora.post('/api/people/invitations', {
        email: 'ola@springfield.example',
        roles: ['librarian'],
      }),
    );
    await cora.delete(`/api/people/invitations/${revoked.invitation.id}`);
    answers.push(
      await anonymous(h, 'POST', `/api/invitations/${linkToken(revoked.link)}/accept`, accept),
    );
    const expired = await json<InvitationResponse>(
      await cora.post('/api/people/invitations', {
        email: 'pia@springfield.example',
        roles: ['librarian'],
      }),
    );
    h.clock.advance(7 * 24 * 3600_000);
    answers.push(
      await anonymous(h, 'POST', `/api/invitations/${linkToken(expired.link)}/accept`, accept),
    );
    const bodies = await Promise.all(answers.map(async (r) => [r.status, await r.text()]));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0]?.[0]).toBe(404);
  });

  it('refuses a password shorter than 12 characters', async () => {
    const token = linkToken((await inviteNia()).link);
    const response = await anonymous(h, 'POST', `/api/invitations/${token}/accept`, {
      displayName: 'Nia',
      password: 'short pass',
    });
    expect(response.status).toBe(400);
    expect((await code(response)).message).toContain('at least 12 characters');
  });

  it('refuses an email that already has an account', async () => {
    const response = await (await h.as('cora')).post('/api/people/invitations', {
      email: 'ANA@springfield.example',
      roles: ['librarian'],
    });
    expect(response.status).toBe(409);
  });

  it('lists pending invitations beside the people, and replaces a second invitation to one email', async () => {
    await inviteNia();
    const second = await inviteNia(['librarian', 'library_admin']);
    const people = await json<PeopleResponse>(await (await h.as('cora')).get('/api/people'));
    expect(people.invitations).toEqual([second.invitation]);
    expect(people.people.map((p) => p.email)).toContain('ana@springfield.example');
    expect(people.people.every((p) => p.library.id === 'springfield')).toBe(true);
  });
});

describe('disabling an account', () => {
  it('ends her sessions and sockets at once and stops her signing in until enabled', async () => {
    const ana = await h.as('ana');
    expect((await ana.get('/api/me')).status).toBe(200);
    const cora = await h.as('cora');
    const disabled = await cora.request('PATCH', '/api/people/demo-ana', { disabled: true });
    expect(await json<Person>(disabled)).toMatchObject({ id: 'demo-ana', disabled: true });
    expect((await ana.get('/api/me')).status).toBe(401);
    expect(h.closedSockets).toEqual(['demo-ana']);
    const refused = await signIn(h, 'ana@springfield.example', DEMO_PASSWORD);
    expect(refused.response.status).toBe(403);
    expect((await code(refused.response)).message).toContain('disabled');
    await cora.request('PATCH', '/api/people/demo-ana', { disabled: false });
    expect((await signIn(h, 'ana@springfield.example', DEMO_PASSWORD)).response.status).toBe(200);
  });

  it('does not tell a wrong password from a disabled account', async () => {
    await (await h.as('cora')).request('PATCH', '/api/people/demo-ana', { disabled: true });
    const wrong = await signIn(h, 'ana@springfield.example', 'not her password');
    expect(wrong.response.status).toBe(401);
  });

  it('refuses to let anyone disable or demote themselves', async () => {
    const cora = await h.as('cora');
    const response = await cora.request('PATCH', '/api/people/demo-cora', { disabled: true });
    expect(response.status).toBe(403);
    expect((await code(response)).message).toContain('another administrator');
  });
});

describe('the audit log', () => {
  it('records who did what to whom and when, newest first', async () => {
    const cora = await h.as('cora');
    await inviteNia();
    h.clock.advance(1000);
    await cora.request('PATCH', '/api/people/demo-ana', { roles: ['librarian', 'library_admin'] });
    h.clock.advance(1000);
    await cora.request('PATCH', '/api/people/demo-ana', { disabled: true });
    const { entries } = await json<{ entries: AuditEntry[] }>(await cora.get('/api/audit'));
    expect(entries.map((e) => [e.action, e.actorName, e.subjectEmail, e.detail])).toEqual([
      ['disabled', 'Cora Chen', 'ana@springfield.example', ''],
      [
        'roles_changed',
        'Cora Chen',
        'ana@springfield.example',
        'librarian → librarian, library_admin',
      ],
      ['invited', 'Cora Chen', 'nia@springfield.example', 'librarian'],
    ]);
    expect(entries[0]?.at).toBe(h.clock.now());
  });

  it('shows a library admin their library only, and a coordinator the cooperative', async () => {
    await (await h.as('dev')).request('PATCH', '/api/people/demo-ben', { disabled: true });
    const coraSees = await json<{ entries: AuditEntry[] }>(
      await (await h.as('cora')).get('/api/audit'),
    );
    const devSees = await json<{ entries: AuditEntry[] }>(
      await (await h.as('dev')).get('/api/audit'),
    );
    expect(coraSees.entries).toEqual([]);
    expect(devSees.entries.map((e) => e.library.id)).toEqual(['shelbyville']);
  });
});

describe('an administrator’s reset email', () => {
  it('sends the person a reset link and never shows it to the administrator', async () => {
    const response = await (await h.as('cora')).post('/api/people/demo-ana/reset-password');
    expect(response.status).toBe(202);
    expect(JSON.stringify(await json(response))).not.toContain('reset-password#');
    const email = h.mailer.sent.at(-1);
    expect(email?.to).toBe('ana@springfield.example');
    expect(email?.text).toMatch(/\/console\/reset-password#/);
  });
});
