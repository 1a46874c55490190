import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * The origin the client sent this request to (`https://refdesk.example.org`), from
 * `REFDESK_PUBLIC_URL` or trusted proxy headers, else the request's own URL. Everything that needs
 * the site's own origin uses it: the CSRF check, the Secure flag of cookies, links.
 *
 * @example
 * if (c.req.header('origin') !== publicOrigin(c)) throw new HttpError('csrf', '...');
 */
export function publicOrigin(c: Context<AppEnv>): string {
  return c.get('publicOrigin') ?? new URL(c.req.url).origin;
}

/** Whether the client reached us over https (then cookies are Secure). */
export function isPublicHttps(c: Context<AppEnv>): boolean {
  return publicOrigin(c).startsWith('https:');
}
