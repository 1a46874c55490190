import { PasswordChangeSchema, type SessionInfo } from '@refdesk/protocol';
import { Hono } from 'hono';
import { audit, libraryOf } from '../../core/accounts/account-actions.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { createAttemptLimiter } from '../attempt-limiter.ts';
import { HttpError } from '../http-error.ts';
import { publicSessionId, sessionView } from '../people-view.ts';
import { readBody } from '../read-body.ts';
import { clearSessionCookie, requireResponder } from '../session-auth.ts';

/**
 * My own account, mounted at `/api/me`: change my password (`PUT /password`), list my sessions
 * (`GET /sessions`), sign out everywhere (`DELETE /sessions`) or one session
 * (`DELETE /sessions/:id`).
 */
export function meRoutes(deps: AppDeps) {
  // Wrong current passwords, per account: a stolen session must not guess the password.
  const wrong = createAttemptLimiter(deps.clock, 5, 15 * 60_000);
  const app = new Hono<AppEnv>();

  app.put('/password', async (c) => {
    const { me } = requireResponder(deps, c);
    const change = await readBody(c, PasswordChangeSchema);
    if (!wrong.allowed(me.id))
      throw new HttpError('rate_limited', 'Too many wrong passwords. Try again in 15 minutes.');
    const account = deps.stores.accounts.account(me.id);
    if (!account) throw new HttpError('unauthorized', 'Sign in first.');
    const undo = wrong.fail(me.id);
    if (!(await deps.passwords.verify(change.currentPassword, account.passwordHash)))
      throw new HttpError('forbidden', 'Your current password is wrong.');
    undo();
    const passwordHash = await deps.passwords.hash(change.newPassword);
    deps.stores.accounts.setPasswordHash(me.id, passwordHash);
    // Whoever knew the old password is signed out; this browser stays signed in.
    deps.stores.accounts.deleteSessionsOf(me.id, c.get('session')?.idHash);
    deps.stores.passwordResets.deleteResetsOf(me.id);
    audit(deps, me, 'password_changed', libraryOf(deps, me.libraryId), me);
    return c.body(null, 204);
  });

  app.get('/sessions', (c) => {
    const { me } = requireResponder(deps, c);
    const now = deps.clock.now();
    const sessions: SessionInfo[] = deps.stores.accounts
      .sessionsOf(me.id)
      .filter((session) => session.expiresAt > now)
      .map((session) => sessionView(session, c.get('session')));
    return c.json({ sessions });
  });

  app.delete('/sessions', (c) => {
    const { me } = requireResponder(deps, c);
    const ended = deps.stores.accounts.deleteSessionsOf(me.id);
    deps.closeResponderSockets(me.id);
    audit(
      deps,
      me,
      'signed_out_everywhere',
      libraryOf(deps, me.libraryId),
      me,
      `${ended} sessions ended`,
    );
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.delete('/sessions/:id', (c) => {
    const { me } = requireResponder(deps, c);
    const session = deps.stores.accounts
      .sessionsOf(me.id)
      .find((candidate) => publicSessionId(candidate) === c.req.param('id'));
    if (!session) throw new HttpError('not_found', 'No such session of yours.');
    deps.stores.accounts.deleteSession(session.idHash);
    if (session.idHash === c.get('session')?.idHash) clearSessionCookie(c);
    return c.body(null, 204);
  });

  return app;
}
