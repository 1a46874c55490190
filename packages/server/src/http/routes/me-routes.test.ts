import type { SessionInfo } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { DEMO_PASSWORD } from '../../storage/demo-seed.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const NEW_PASSWORD = 'a brand new passphrase';
const EMAIL = 'ana@springfield.example';

describe('changing my password', () => {
  it('needs the current password, keeps this session and ends the others', async () => {
    const here = (await signIn(h, EMAIL, DEMO_PASSWORD)).client;
    const elsewhere = (await signIn(h, EMAIL, DEMO_PASSWORD)).client;
    const wrong = await here?.put('/api/me/password', {
      currentPassword: 'not it at all',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong?.status).toBe(403);
    const changed = await here?.put('/api/me/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed?.status).toBe(204);
    expect((await here?.get('/api/me'))?.status).toBe(200);
    expect((await elsewhere?.get('/api/me'))?.status).toBe(401);
    expect((await signIn(h, EMAIL, NEW_PASSWORD)).response.status).toBe(200);
    const entries = h.stores.audit.auditEntries({
      cooperativeId: 'demo-public' as never,
      limit: 1,
    });
    expect(entries[0]).toMatchObject({
      action: 'password_changed',
      actorName: 'Ana Alvarez',
      subjectEmail: EMAIL,
    });
  });

  it('refuses a new password shorter than 12 characters', async () => {
    const ana = await h.as('ana');
    const response = await ana.put('/api/me/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'elevenchars',
    });
    expect(response.status).toBe(400);
  });

  it('stops guessing the current password after five wrong tries', async () => {
    const ana = await h.as('ana');
    const attempt = (currentPassword: string) =>
      ana.put('/api/me/password', { currentPassword, newPassword: NEW_PASSWORD });
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong guess ${i}`)).status).toBe(403);
    expect((await attempt(DEMO_PASSWORD)).status).toBe(429);
  });
});

describe('my sessions', () => {
  it('lists where I am signed in, marks this one, and ends another', async () => {
    const here = (await signIn(h, EMAIL, DEMO_PASSWORD)).client;
    h.clock.advance(1000);
    const elsewhere = (await signIn(h, EMAIL, DEMO_PASSWORD)).client;
    const { sessions } = await json<{ sessions: SessionInfo[] }>(
      (await here?.get('/api/me/sessions')) as Response,
    );
    expect(sessions.map((s) => [s.current, s.userAgent, s.address])).toEqual([
      [false, 'Test Browser', '192.0.2.1'],
      [true, 'Test Browser', '192.0.2.1'],
    ]);
    expect((await here?.delete(`/api/me/sessions/${sessions[0]?.id}`))?.status).toBe(204);
    expect((await elsewhere?.get('/api/me'))?.status).toBe(401);
    expect((await here?.get('/api/me'))?.status).toBe(200);
  });

  it('signs out everywhere: every session, every socket, this cookie', async () => {
    const here = (await signIn(h, EMAIL, DEMO_PASSWORD)).client;
    const elsewhere = (await signIn(h, EMAIL, DEMO_PASSWORD)).client;
    const response = await here?.delete('/api/me/sessions');
    expect(response?.status).toBe(204);
    expect(response?.headers.get('set-cookie')).toMatch(/refdesk_session=;/);
    expect((await here?.get('/api/me'))?.status).toBe(401);
    expect((await elsewhere?.get('/api/me'))?.status).toBe(401);
    expect(h.closedSockets).toEqual(['demo-ana']);
  });

  it('cannot end someone else’s session', async () => {
    const ben = (await signIn(h, 'ben@shelbyville.example', DEMO_PASSWORD)).client;
    const anaSession = h.stores.accounts.sessionsOf('demo-ana' as never);
    await h.as('ana');
    const id = h.stores.accounts.sessionsOf('demo-ana' as never)[0]?.idHash.slice(0, 16);
    expect(anaSession).toEqual([]);
    expect((await ben?.delete(`/api/me/sessions/${id}`))?.status).toBe(404);
  });
});
