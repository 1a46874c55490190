import { RoleSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import type { Responder } from '../core/model.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlRow, SqlValue } from './sql.ts';

const RolesSchema = v.array(RoleSchema);

/** The columns of `responders` but the password hash, key first, in the order of {@link responderValues}. */
export const RESPONDER_COLUMNS = [
  'id',
  'library_id',
  'email',
  'display_name',
  'roles',
  'max_chats',
] as const;

/**
 * Emails are stored lowercased, so the unique index on `email` is case-insensitive.
 *
 * @example
 * normalizeEmail('Ana@Springfield.example'); // 'ana@springfield.example'
 */
export function normalizeEmail(email: string): string {
  return email.toLowerCase();
}

/**
 * A responder's values in {@link RESPONDER_COLUMNS} order; the email lowercased, roles as JSON.
 *
 * @example
 * db.run(insertSql('responders', [...RESPONDER_COLUMNS, 'password_hash']), ...responderValues(r), hash);
 */
export function responderValues(responder: Responder): SqlValue[] {
  return [
    responder.id,
    responder.libraryId,
    normalizeEmail(responder.email),
    responder.displayName,
    JSON.stringify(responder.roles),
    responder.maxChats,
  ];
}

/**
 * Maps a `responders` row back to a record (never the password hash).
 *
 * @example
 * const responders = rows.map(responderFromRow);
 */
export function responderFromRow(row: SqlRow): Responder {
  const r = createRowReader('responders', row, ['id']);
  return {
    id: r.text('id'),
    libraryId: r.text('library_id'),
    email: r.text('email'),
    displayName: r.text('display_name'),
    roles: r.json('roles', RolesSchema),
    maxChats: r.number('max_chats'),
  };
}
