import { RoleSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import type { InvitationRecord, InvitationStore } from '../core/ports/index.ts';
import { normalizeEmail } from './responder-row.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const COLUMNS = [
  'id',
  'token_hash',
  'library_id',
  'email',
  'roles',
  'invited_by',
  'invited_by_name',
  'created_at',
  'expires_at',
  'accepted_at',
  'revoked_at',
];
const SELECT = `SELECT ${COLUMNS.join(', ')} FROM invitations`;
const RolesSchema = v.array(RoleSchema);

/**
 * Invitations over SQL. Closing one is a single conditional UPDATE, so two accepts of the same
 * link cannot both succeed.
 *
 * @example
 * const invitation = createSqlInvitationStore(db).invitationByTokenHash(hashToken(token));
 */
export function createSqlInvitationStore(db: SqlDatabase): InvitationStore {
  return {
    insertInvitation(i) {
      db.run(
        insertSql('invitations', COLUMNS),
        i.id,
        i.tokenHash,
        i.libraryId,
        normalizeEmail(i.email),
        JSON.stringify(i.roles),
        i.invitedBy,
        i.invitedByName,
        i.createdAt,
        i.expiresAt,
        i.acceptedAt,
        i.revokedAt,
      );
    },
    invitation(id) {
      const row = db.get(`${SELECT} WHERE id = ?`, id);
      return row === undefined ? undefined : invitationFromRow(row);
    },
    invitationByTokenHash(tokenHash) {
      const row = db.get(`${SELECT} WHERE token_hash = ?`, tokenHash);
      return row === undefined ? undefined : invitationFromRow(row);
    },
    pendingInvitationsOf: (libraryId) =>
      db
        .all(
          `${SELECT} WHERE library_id = ? AND accepted_at IS NULL AND revoked_at IS NULL
           ORDER BY created_at DESC, id`,
          libraryId,
        )
        .map(invitationFromRow),
    closeInvitation(id, how, at) {
      const column = how === 'accepted' ? 'accepted_at' : 'revoked_at';
      const { changes } = db.run(
        `UPDATE invitations SET ${column} = ?
         WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
        at,
        id,
        at,
      );
      return changes === 1;
    },
  };
}

function invitationFromRow(row: SqlRow): InvitationRecord {
  const r = createRowReader('invitations', row, ['id']);
  return {
    id: r.text('id'),
    tokenHash: r.text('token_hash'),
    libraryId: r.text('library_id'),
    email: r.text('email'),
    roles: r.json('roles', RolesSchema),
    invitedBy: r.nullableText('invited_by'),
    invitedByName: r.text('invited_by_name'),
    createdAt: r.number('created_at'),
    expiresAt: r.number('expires_at'),
    acceptedAt: r.nullableNumber('accepted_at'),
    revokedAt: r.nullableNumber('revoked_at'),
  };
}
