import { LoginRequestSchema, type SessionResponse } from '@refdesk/protocol';
import { Hono } from 'hono';
import { hashToken } from '../../core/hash-token.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { createAttemptLimiter } from '../attempt-limiter.ts';
import { HttpError } from '../http-error.ts';
import { responderProfile } from '../profile.ts';
import { readBody } from '../read-body.ts';
import {
  clearSessionCookie,
  requireResponder,
  SESSION_HOURS,
  setSessionCookie,
} from '../session-auth.ts';

// Per email: a person mistyping. Per address: a whole branch behind one NAT may sign in at once.
const ATTEMPTS_PER_EMAIL = 5;
const ATTEMPTS_PER_ADDRESS = 30;
const ATTEMPT_WINDOW_MS = 15 * 60_000;
// Verified when the email is unknown, so both answers take as long.
const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Sign in, sign out, and who am I: `/api/session`, `/api/me`. */
export function sessionRoutes(deps: AppDeps) {
  const byEmail = createAttemptLimiter(deps.clock, ATTEMPTS_PER_EMAIL, ATTEMPT_WINDOW_MS);
  const byAddress = createAttemptLimiter(deps.clock, ATTEMPTS_PER_ADDRESS, ATTEMPT_WINDOW_MS);
  const app = new Hono<AppEnv>();

  app.post('/session', async (c) => {
    const { email, password } = await readBody(c, LoginRequestSchema);
    const limits = [
      { limiter: byEmail, key: email.toLowerCase() },
      { limiter: byAddress, key: deps.clientAddress(c) },
    ];
    if (!limits.every(({ limiter, key }) => limiter.allowed(key))) {
      throw new HttpError('rate_limited', 'Too many sign-in attempts. Try again in 15 minutes.');
    }
    const account = deps.stores.accounts.accountByEmail(email);
    const valid = await deps.passwords.verify(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !valid) {
      for (const { limiter, key } of limits) limiter.fail(key);
      throw new HttpError('unauthorized', 'Email or password is wrong.');
    }
    byEmail.reset(email.toLowerCase());
    const id = deps.ids.secret();
    const now = deps.clock.now();
    const session = {
      idHash: hashToken(id),
      responderId: account.responder.id,
      csrfToken: deps.ids.secret(),
      createdAt: now,
      expiresAt: now + SESSION_HOURS * 3600_000,
    };
    deps.stores.accounts.deleteExpiredSessions(now);
    deps.stores.accounts.insertSession(session);
    setSessionCookie(c, id);
    const body: SessionResponse = {
      responder: responderProfile(deps.stores.directory, account.responder),
      csrfToken: session.csrfToken,
    };
    return c.json(body);
  });

  app.delete('/session', (c) => {
    const session = c.get('session');
    if (session) deps.stores.accounts.deleteSession(session.idHash);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.get('/me', (c) => {
    const { me } = requireResponder(deps, c);
    const body: SessionResponse = {
      responder: responderProfile(deps.stores.directory, me),
      csrfToken: c.get('session')?.csrfToken ?? '',
    };
    return c.json(body);
  });

  return app;
}
