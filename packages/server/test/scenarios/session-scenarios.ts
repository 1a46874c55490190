import { describe, expect, it } from 'vitest';
import type { StartRuntime } from './runtime-under-test.ts';
import { useScenarioClient } from './scenario-client.ts';

/**
 * Responder sessions (cookies, CSRF, sign-in limits) and the public pages, over real HTTP.
 *
 * @example
 * sessionScenarios(startNodeRuntime);
 */
export function sessionScenarios(start: StartRuntime, options: { timeout?: number } = {}): void {
  describe('sessions and public pages', options, () => {
    const client = useScenarioClient(start);
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      client().fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    describe('responder sessions', () => {
      it('signs in with a demo login and sets an HttpOnly, SameSite=Lax session cookie', async () => {
        const response = await post('/api/session', {
          email: 'Ana@Springfield.example',
          password: 'refdesk-demo',
        });
        expect(response.status).toBe(200);
        const cookie = response.headers.get('set-cookie') ?? '';
        expect(cookie).toMatch(/^refdesk_session=[\w-]{20,};/);
        expect(cookie).toMatch(/HttpOnly/i);
        expect(cookie).toMatch(/SameSite=Lax/i);
        const body = (await response.json()) as {
          responder: { email: string; library: { id: string } };
        };
        expect(body.responder).toMatchObject({
          email: 'ana@springfield.example',
          library: { id: 'springfield' },
        });
      });

      it('refuses a wrong password without saying whether the email exists', async () => {
        const wrong = await post('/api/session', {
          email: 'ana@springfield.example',
          password: 'nope',
        });
        const unknown = await post('/api/session', {
          email: 'nobody@springfield.example',
          password: 'nope',
        });
        expect(wrong.status).toBe(401);
        expect(unknown.status).toBe(401);
        expect(await wrong.json()).toEqual(await unknown.json());
      });

      it('limits sign-in attempts per email', async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) {
          const guess = { email: 'cora@springfield.example', password: `guess${i}` };
          statuses.push((await post('/api/session', guess)).status);
        }
        expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
        const right = await post('/api/session', {
          email: 'cora@springfield.example',
          password: 'refdesk-demo',
        });
        expect(right.status).toBe(429);
      });

      it('answers /api/me for a session, refuses a sign-out without the CSRF token, and 401 after signing out', async () => {
        const { cookie, csrfToken } = await client().signIn('ben@shelbyville.example');
        expect((await client().fetch('/api/me', { headers: { cookie } })).status).toBe(200);
        const withoutToken = await client().fetch('/api/session', {
          method: 'DELETE',
          headers: { cookie },
        });
        expect(withoutToken.status).toBe(403);
        expect(((await withoutToken.json()) as { error: { code: string } }).error.code).toBe(
          'csrf',
        );
        const out = await client().fetch('/api/session', {
          method: 'DELETE',
          headers: { cookie, 'x-csrf-token': csrfToken },
        });
        expect(out.status).toBe(204);
        expect((await client().fetch('/api/me', { headers: { cookie } })).status).toBe(401);
      });

      it('refuses a sign-in posted from another site', async () => {
        const response = await post(
          '/api/session',
          { email: 'ana@springfield.example', password: 'refdesk-demo' },
          { origin: 'https://evil.example' },
        );
        expect(response.status).toBe(403);
      });

      it('rejects a malformed body with a validation error naming the field', async () => {
        const response = await post('/api/session', { email: 'not-an-email', password: 'x' });
        expect(response.status).toBe(400);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('validation');
        expect(body.error.message).toMatch(/^email: /);
      });
    });

    describe('public pages', () => {
      it('serves a demo page with the widget script tag, and 404 for an unknown library', async () => {
        const page = await client().fetch('/demo/springfield');
        expect(page.status).toBe(200);
        expect(await page.text()).toContain(
          '<script async src="/widget.js" data-library="springfield"></script>',
        );
        expect((await client().fetch('/demo/atlantis')).status).toBe(404);
      });

      it('takes an offline question from an allowed library site and refuses other sites', async () => {
        const question = {
          question: 'Do you have large-print Agatha Christie?',
          email: 'pat@example.org',
        };
        const allowed = await post('/api/libraries/springfield/offline-questions', question, {
          origin: 'http://localhost:3000',
        });
        expect(allowed.status).toBe(201);
        expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
        const refused = await post('/api/libraries/springfield/offline-questions', question, {
          origin: 'https://evil.example',
        });
        expect(refused.status).toBe(403);
      });

      it('hides the staff-only policy section from the public', async () => {
        const policy = '/api/libraries/springfield/policy';
        const anonymous = (await (await client().fetch(policy)).json()) as Record<string, unknown>;
        expect(anonymous.staffOnly).toBeUndefined();
        expect(anonymous.owners).toBeUndefined();
        // Ben reads his own library's staff-only section; Springfield's is for its own staff.
        const { cookie } = await client().signIn('ben@shelbyville.example');
        const staff = (await (
          await client().fetch('/api/libraries/shelbyville/policy', { headers: { cookie } })
        ).json()) as Record<string, unknown>;
        expect(typeof staff.staffOnly).toBe('string');
        const other = (await (
          await client().fetch(policy, { headers: { cookie } })
        ).json()) as Record<string, unknown>;
        expect(other.staffOnly).toBeUndefined();
      });
    });
  });
}
