import type { MiddlewareHandler } from 'hono';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import { HttpError } from './http-error.ts';
import { publicOrigin } from './public-origin.ts';

/**
 * Refuses (403, before any socket opens) a WebSocket upgrade that a page on another origin
 * started: the cookie goes with a cross-site WebSocket handshake (WebSockets have no CORS), so
 * without this a page elsewhere could open a signed-in librarian's socket and read the queue.
 * Browsers always send `Origin` on a WebSocket handshake; it must be this site's own origin
 * (`publicOrigin`, which honours `REFDESK_PUBLIC_URL` and trusted proxies). A handshake without
 * `Origin` is not a browser's, so no page can have started it: a client that holds the cookie
 * outside a browser could use it over HTTP anyway, and it is accepted (the session still decides).
 *
 * @example
 * app.get('/responder', sameOriginSocket(deps), deps.upgrade(...));
 */
export function sameOriginSocket(
  deps: Pick<AppDeps, 'logger' | 'clientAddress'>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const expected = publicOrigin(c);
    if (origin !== undefined && origin !== expected) {
      deps.logger.info('responder socket refused', {
        reason: 'cross_origin',
        origin: origin.slice(0, 200),
        expected,
        address: deps.clientAddress(c),
        signedIn: c.get('session') !== undefined,
      });
      throw new HttpError(
        'origin_not_allowed',
        'This socket serves the console of this site only.',
      );
    }
    await next();
  };
}
