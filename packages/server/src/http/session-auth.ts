import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { constantTimeEqual } from '../core/constant-time-equal.ts';
import { hashToken } from '../core/hash-token.ts';
import type { Library, Responder } from '../core/model.ts';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import { HttpError } from './http-error.ts';
import { isPublicHttps, publicOrigin } from './public-origin.ts';

export const SESSION_COOKIE = 'refdesk_session';
export const SESSION_HOURS = 12;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Public account links (accept an invitation, forgot / reset password) ignore any session and act
 * only through their unguessable token or an email sent to the owner: no CSRF check applies.
 */
const ACCOUNT_LINKS = /^\/api\/(invitations\/[^/]+\/accept|password-resets(\/[^/]+)?)$/;

/** Reads the session cookie into `responder` and `session`; never rejects by itself. */
export function loadSession(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('responder', undefined);
    c.set('session', undefined);
    const id = getCookie(c, SESSION_COOKIE);
    const session = id ? deps.stores.accounts.session(hashToken(id)) : undefined;
    const account = session && deps.stores.accounts.account(session.responderId);
    // Sessions of a disabled account are deleted when it is disabled; checked here all the same.
    if (
      session &&
      account &&
      account.disabledAt === undefined &&
      session.expiresAt > deps.clock.now()
    ) {
      c.set('session', session);
      c.set('responder', account.responder);
    }
    await next();
  };
}

/**
 * Guards cookie-authenticated changes: a state-changing request that carries a session must come
 * from this site's own pages (Origin) and carry the session's token in `X-CSRF-Token`. Signing in
 * must come from this site too. Public endpoints without a cookie (offline questions from library
 * sites) are left to their own origin checks, and public account links to their tokens.
 */
export function checkCsrf(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const session = c.get('session');
      const signingIn = c.req.path === '/api/session' && c.req.method === 'POST';
      if (c.req.method === 'POST' && ACCOUNT_LINKS.test(c.req.path)) return next();
      const origin = c.req.header('origin');
      if ((session || signingIn) && origin && origin !== publicOrigin(c)) {
        throw new HttpError('csrf', 'Cross-site requests are not allowed here.', {
          reason: 'cross_site_origin',
          origin,
        });
      }
      if (session && !constantTimeEqual(c.req.header('x-csrf-token') ?? '', session.csrfToken)) {
        throw new HttpError('csrf', 'Missing or wrong X-CSRF-Token header.', {
          reason: 'csrf_token',
        });
      }
    }
    await next();
  };
}

/** The signed-in responder and their library, or a 401. */
export function requireResponder(
  deps: AppDeps,
  c: Context<AppEnv>,
): { me: Responder; home: Library } {
  const me = c.get('responder');
  const home = me && deps.stores.directory.library(me.libraryId);
  if (!me || !home)
    throw new HttpError('unauthorized', 'Sign in first.', {
      reason: c.get('session') ? 'no_library' : 'no_session',
    });
  return { me, home };
}

export function setSessionCookie(c: Context<AppEnv>, id: string): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isPublicHttps(c),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isPublicHttps(c) });
}
