import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness } from '../../../test/support/app-harness.ts';
import { anonymous, linkToken, signIn } from '../../../test/support/sign-in.ts';
import { DEMO_PASSWORD } from '../../storage/demo-seed.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const NEW_PASSWORD = 'a brand new passphrase';
const forgot = (email: string) => anonymous(h, 'POST', '/api/password-resets', { email });

async function resetLink(email = 'ana@springfield.example'): Promise<string> {
  await forgot(email);
  const sent = await h.mailer.waitFor((message) => message.to === email);
  return linkToken(sent.text);
}

describe('forgot password', () => {
  it('answers 202 alike for a known and an unknown email, and emails only the known one', async () => {
    const known = await forgot('ana@springfield.example');
    const unknown = await forgot('nobody@springfield.example');
    expect([known.status, await known.text()]).toEqual([unknown.status, await unknown.text()]);
    expect(known.status).toBe(202);
    await h.mailer.waitFor((message) => message.to === 'ana@springfield.example');
    expect(h.mailer.sent.map((message) => message.to)).toEqual(['ana@springfield.example']);
  });

  it('sets a new password through the link once, ending every session and socket', async () => {
    const ana = await h.as('ana');
    const token = await resetLink();
    const set = await anonymous(h, 'POST', `/api/password-resets/${token}`, {
      password: NEW_PASSWORD,
    });
    expect(set.status).toBe(200);
    expect((await ana.get('/api/me')).status).toBe(401);
    expect(h.closedSockets).toEqual(['demo-ana']);
    expect((await signIn(h, 'ana@springfield.example', DEMO_PASSWORD)).response.status).toBe(401);
    expect((await signIn(h, 'ana@springfield.example', NEW_PASSWORD)).response.status).toBe(200);
    const again = await anonymous(h, 'POST', `/api/password-resets/${token}`, {
      password: NEW_PASSWORD,
    });
    expect(again.status).toBe(404);
  });

  it('refuses a link after one hour with the same answer as an unknown one', async () => {
    const token = await resetLink();
    h.clock.advance(3600_000);
    const expired = await anonymous(h, 'POST', `/api/password-resets/${token}`, {
      password: NEW_PASSWORD,
    });
    const unknown = await anonymous(h, 'POST', '/api/password-resets/made-up', {
      password: NEW_PASSWORD,
    });
    expect([expired.status, await expired.text()]).toEqual([unknown.status, await unknown.text()]);
    expect(expired.status).toBe(404);
  });

  it('sends nothing to a disabled account', async () => {
    await (await h.as('cora')).request('PATCH', '/api/people/demo-ana', { disabled: true });
    expect((await forgot('ana@springfield.example')).status).toBe(202);
    expect(h.mailer.sent).toEqual([]);
  });

  it('records the reset in the audit log', async () => {
    const token = await resetLink();
    await anonymous(h, 'POST', `/api/password-resets/${token}`, { password: NEW_PASSWORD });
    const entries = h.stores.audit.auditEntries({
      cooperativeId: 'demo-public' as never,
      limit: 5,
    });
    expect(entries.map((entry) => entry.action)).toEqual(['password_reset', 'password_reset_sent']);
  });
});

describe('rate limits on account links', () => {
  it('refuses a 21st guess at a token from one address within 15 minutes', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await anonymous(h, 'GET', `/api/invitations/guess-${i}`)).status).toBe(404);
    }
    expect((await anonymous(h, 'GET', '/api/invitations/guess-20')).status).toBe(429);
    h.clock.advance(15 * 60_000);
    expect((await anonymous(h, 'GET', '/api/invitations/guess-21')).status).toBe(404);
  });

  it('refuses a sixth forgot-password request from one address within the hour', async () => {
    for (let i = 0; i < 5; i++) expect((await forgot(`n${i}@example.org`)).status).toBe(202);
    expect((await forgot('n5@example.org')).status).toBe(429);
  });
});
