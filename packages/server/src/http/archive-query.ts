import { type ArchiveQuery, ArchiveQuerySchema } from '@refdesk/protocol';
import * as v from 'valibot';
import { HttpError } from './http-error.ts';

const NUMBERS = new Set(['from', 'to', 'rating', 'limit', 'hour', 'wait']);
const BOOLEANS = new Set(['forwarded', 'practice', 'counted']);

/**
 * The archive's query string as an {@link ArchiveQuery}: numbers and booleans converted, empty
 * values left out, anything else a 400 naming the parameter.
 *
 * @example
 * const query = parseArchiveQuery(c.req.query());
 */
export function parseArchiveQuery(params: Record<string, string>): ArchiveQuery {
  const input: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(params)) {
    if (raw === '') continue;
    if (NUMBERS.has(key)) input[key] = Number(raw);
    else if (BOOLEANS.has(key)) input[key] = raw === 'true' ? true : raw === 'false' ? false : raw;
    else input[key] = raw;
  }
  const result = v.safeParse(ArchiveQuerySchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? 'query';
    throw new HttpError('validation', `${path}: ${issue.message}`);
  }
  return result.output;
}

/** The `cursor` of the row a page ended on: `createdAt.id`. */
export function archiveCursor(row: { createdAt: number; id: string }): string {
  return `${row.createdAt}.${row.id}`;
}

/** Reads a cursor made by {@link archiveCursor}; a bad one is a 400. */
export function readArchiveCursor(cursor: string): { createdAt: number; id: string } {
  const dot = cursor.indexOf('.');
  const createdAt = Number(cursor.slice(0, dot));
  if (dot < 1 || !Number.isSafeInteger(createdAt)) {
    throw new HttpError('validation', 'cursor: not a cursor this server made');
  }
  return { createdAt, id: cursor.slice(dot + 1) };
}
