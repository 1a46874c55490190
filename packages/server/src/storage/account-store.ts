import type { AccountStore, SessionRecord } from '../core/ports/index.ts';
import {
  normalizeEmail,
  RESPONDER_COLUMNS,
  responderFromRow,
  responderValues,
} from './responder-row.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const ACCOUNT_COLUMNS = [...RESPONDER_COLUMNS, 'password_hash'] as const;
const SESSION_COLUMNS = ['id_hash', 'responder_id', 'csrf_token', 'created_at', 'expires_at'];

/**
 * Logins and sessions over SQL. Emails are matched case-insensitively (stored lowercased).
 *
 * @example
 * const accounts = createSqlAccountStore(db);
 * const account = accounts.accountByEmail('Ana@Springfield.example');
 */
export function createSqlAccountStore(db: SqlDatabase): AccountStore {
  return {
    accountByEmail(email) {
      const row = db.get(
        `SELECT ${ACCOUNT_COLUMNS.join(', ')} FROM responders WHERE email = ?`,
        normalizeEmail(email),
      );
      if (row === undefined) return undefined;
      const passwordHash = createRowReader('responders', row, ['id']).text('password_hash');
      return { responder: responderFromRow(row), passwordHash };
    },
    insertAccount({ responder, passwordHash }) {
      db.run(insertSql('responders', ACCOUNT_COLUMNS), ...responderValues(responder), passwordHash);
    },
    session(idHash) {
      const row = db.get(
        `SELECT ${SESSION_COLUMNS.join(', ')} FROM sessions WHERE id_hash = ?`,
        idHash,
      );
      return row === undefined ? undefined : sessionFromRow(row);
    },
    insertSession(session) {
      db.run(
        insertSql('sessions', SESSION_COLUMNS),
        session.idHash,
        session.responderId,
        session.csrfToken,
        session.createdAt,
        session.expiresAt,
      );
    },
    deleteSession(idHash) {
      db.run('DELETE FROM sessions WHERE id_hash = ?', idHash);
    },
    deleteExpiredSessions(now) {
      db.run('DELETE FROM sessions WHERE expires_at <= ?', now);
    },
  };
}

function sessionFromRow(row: SqlRow): SessionRecord {
  const r = createRowReader('sessions', row, ['id_hash']);
  return {
    idHash: r.text('id_hash'),
    responderId: r.text('responder_id'),
    csrfToken: r.text('csrf_token'),
    createdAt: r.number('created_at'),
    expiresAt: r.number('expires_at'),
  };
}
