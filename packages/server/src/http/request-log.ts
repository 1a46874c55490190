import type { ErrorCode } from '@refdesk/protocol';
import type { Context, MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import type { LogLevel } from '../core/ports/index.ts';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import type { HttpError } from './http-error.ts';

/** How loud each refusal is: abuse-shaped ones warn, ordinary "sign in first" informs. */
const REFUSAL_LEVEL: Record<ErrorCode, LogLevel> = {
  csrf: 'warn',
  forbidden: 'warn',
  origin_not_allowed: 'warn',
  rate_limited: 'warn',
  limit_reached: 'warn',
  frame_too_large: 'warn',
  unauthorized: 'info',
  session_expired: 'info',
  protocol_version: 'info',
  bad_frame: 'debug',
  validation: 'debug',
  unsupported_media_type: 'debug',
  unknown_library: 'debug',
  not_found: 'debug',
  invalid_state: 'debug',
  already_taken: 'debug',
  conflict: 'debug',
  internal: 'error',
};

/** The request ids we accept from a client or proxy: short, and nothing to forge a log line with. */
const REQUEST_ID_MAX = 64;

/**
 * Gives every request an id (a well-formed incoming `X-Request-Id`, else a fresh one), returns it
 * in the `X-Request-Id` response header, puts a logger bound to it on the context (`c.get('log')`)
 * and writes one `http.request` line when the response is ready (info for the API and sockets,
 * debug for pages and assets unless refused).
 */
export function requestLog(deps: AppDeps): MiddlewareHandler<AppEnv>[] {
  const ids = requestId({ limitLength: REQUEST_ID_MAX, generator: () => deps.ids.id('req') });
  const log: MiddlewareHandler<AppEnv> = async (c, next) => {
    const started = deps.clock.now();
    c.set('log', deps.logger.child({ requestId: c.get('requestId') }));
    await next();
    const path = c.req.path;
    const status = c.res.status;
    const api = path.startsWith('/api/') || path.startsWith('/ws/');
    const level = api || (status >= 400 && status !== 404) ? 'info' : 'debug';
    c.get('log')[level]('http.request', {
      method: c.req.method,
      path,
      status,
      ms: deps.clock.now() - started,
    });
  };
  return [ids, log];
}

/**
 * Writes the one `http.refused` line of a refused request: its code, status, and the reason and
 * fields the route attached to the error (never message text or secrets).
 */
export function logRefusal(c: Context<AppEnv>, error: HttpError): void {
  c.get('log')[REFUSAL_LEVEL[error.code]]('http.refused', {
    code: error.code,
    status: error.status,
    method: c.req.method,
    path: c.req.path,
    ...error.log,
  });
}
