import { type ErrorCode, LoginRequestSchema, type SessionResponse } from '@refdesk/protocol';
import { Hono } from 'hono';
import { hashToken } from '../../core/hash-token.ts';
import type { LogFields } from '../../core/ports/index.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { createDummyPasswordHash } from '../dummy-password-hash.ts';
import { HttpError } from '../http-error.ts';
import { responderProfile } from '../profile.ts';
import { readBody } from '../read-body.ts';
import {
  clearSessionCookie,
  requireResponder,
  SESSION_HOURS,
  setSessionCookie,
} from '../session-auth.ts';
import {
  createSignInLimiter,
  DEFAULT_SIGN_IN_LIMITS,
  type SignInRefusal,
} from '../sign-in-limiter.ts';

const REFUSALS: Record<SignInRefusal, string> = {
  account_address:
    'Too many wrong passwords for this account from your address. Try again in 15 minutes.',
  address: 'Too many sign-in attempts from your address. Try again in 15 minutes.',
  account_slowed: 'This account is getting many sign-in attempts. Try again in a minute.',
};

/** Sign in, sign out, and who am I: `/api/session`, `/api/me`. */
export function sessionRoutes(deps: AppDeps) {
  const limiter = createSignInLimiter(deps.clock, {
    ...DEFAULT_SIGN_IN_LIMITS,
    ...deps.limits?.signIn,
  });
  // Verified when the email is unknown, so both answers take as long.
  const dummyHash = createDummyPasswordHash(deps.passwords, () => deps.ids.secret());
  const app = new Hono<AppEnv>();
  // One log line (http.refused, from the error) and one count per refused sign-in.
  const refused = (code: ErrorCode, message: string, reason: string, who: LogFields) => {
    deps.metrics?.count('refdesk_sign_in_refusals_total', { reason });
    return new HttpError(code, message, { reason, ...who });
  };

  app.post('/session', async (c) => {
    const { email, password } = await readBody(c, LoginRequestSchema);
    const who = { email: email.toLowerCase(), address: deps.clientAddress(c) };
    const attempt = limiter.begin(who.email, who.address);
    if (!attempt.ok) {
      throw refused('rate_limited', REFUSALS[attempt.reason], attempt.reason, who);
    }
    if (attempt.waitMs > 0) {
      await new Promise((resolve) =>
        deps.clock.setTimeout(() => resolve(undefined), attempt.waitMs),
      );
    }
    const account = deps.stores.accounts.accountByEmail(email);
    const check = async () => {
      const stored = await dummyHash();
      return deps.passwords.verify(password, account?.passwordHash ?? stored);
    };
    const valid = await check().catch((error: unknown) => {
      attempt.withdraw();
      if (!(error instanceof HttpError)) throw error;
      throw refused(error.code, error.message, 'hashing_busy', who);
    });
    if (!account || !valid) {
      const reason = account ? 'wrong_password' : 'unknown_email';
      throw refused('unauthorized', 'Email or password is wrong.', reason, who);
    }
    if (account.disabledAt !== undefined) {
      attempt.succeeded();
      deps.logger.info('sign-in refused', { reason: 'disabled', ...who });
      throw new HttpError(
        'forbidden',
        'This account is disabled. Ask your library’s administrator to enable it.',
      );
    }
    attempt.succeeded();
    const id = deps.ids.secret();
    const now = deps.clock.now();
    const session = {
      idHash: hashToken(id),
      responderId: account.responder.id,
      csrfToken: deps.ids.secret(),
      createdAt: now,
      expiresAt: now + SESSION_HOURS * 3600_000,
      userAgent: (c.req.header('user-agent') ?? 'unknown browser').slice(0, 200),
      address: who.address,
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
    if (session) {
      deps.stores.accounts.deleteSession(session.idHash);
      // A socket opened with this session must not keep receiving offers and transcripts.
      deps.closeResponderSockets(session.responderId);
    }
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
