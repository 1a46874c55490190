import { decodeWith } from '@refdesk/protocol';
import type { Context } from 'hono';
import type * as v from 'valibot';
import { HttpError } from './http-error.ts';

/**
 * Reads and validates a JSON body with a protocol schema; a bad one is a 400 `validation` error
 * naming the field, and one not sent as `application/json` a 415. Its size was limited as it
 * streamed in (body-limits.ts, before every route).
 *
 * @example
 * const login = await readBody(c, LoginRequestSchema);
 */
export async function readBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<v.InferOutput<S>> {
  // A form or `text/plain` post needs no CORS preflight: refusing it keeps cross-site pages from
  // writing through a visitor's browser.
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError('unsupported_media_type', 'Send the body as application/json.');
  }
  const text = await c.req.text();
  const result = decodeWith(schema, text);
  if (!result.ok) throw new HttpError('validation', result.error.message);
  return result.value;
}
