import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env.ts';
import { HttpError } from './http-error.ts';

/** Every request body is at most this many bytes unless its route is in {@link LARGER_BODIES}. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Routes whose legitimate bodies are larger: a policy page has ten sections of up to 20,000
 * characters each (up to 3 bytes each in UTF-8).
 */
export const LARGER_BODIES: readonly { method: string; path: RegExp; maxBytes: number }[] = [
  { method: 'PUT', path: /^\/api\/libraries\/[^/]+\/policy$/, maxBytes: 1024 * 1024 },
];

/**
 * Limits request bodies while they stream in, before any route reads them: a declared
 * `Content-Length` over the limit is answered 413 at once, without reading; a chunked body is
 * counted as it arrives and answered 413 as soon as it passes the limit, so a large upload never
 * sits in memory (Hono's `bodyLimit`). The same on Node and in a Durable Object.
 *
 * @example
 * app.use('*', limitBodies());
 */
export function limitBodies(): MiddlewareHandler<AppEnv> {
  const limiters = new Map<number, MiddlewareHandler>();
  const limiter = (maxSize: number) => {
    let found = limiters.get(maxSize);
    if (!found) {
      const message = `Request body is too large: at most ${maxSize / 1024} KiB here.`;
      found = bodyLimit({
        maxSize,
        onError: () => {
          throw new HttpError('frame_too_large', message);
        },
      });
      limiters.set(maxSize, found);
    }
    return found;
  };
  return (c, next) => {
    const larger = LARGER_BODIES.find(
      (route) => route.method === c.req.method && route.path.test(c.req.path),
    );
    return limiter(larger?.maxBytes ?? DEFAULT_BODY_LIMIT)(c, next);
  };
}
