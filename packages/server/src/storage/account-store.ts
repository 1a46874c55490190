import type { AccountStore, SessionRecord, StoredAccount } from '../core/ports/index.ts';
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
const SELECT_ACCOUNT = `SELECT ${[...ACCOUNT_COLUMNS, 'disabled_at'].join(', ')} FROM responders`;
const SESSION_COLUMNS = [
  'id_hash',
  'responder_id',
  'csrf_token',
  'created_at',
  'expires_at',
  'user_agent',
  'address',
];
const SELECT_SESSION = `SELECT ${SESSION_COLUMNS.join(', ')} FROM sessions`;

/**
 * Logins and sessions over SQL. Emails are matched case-insensitively (stored lowercased).
 *
 * @example
 * const accounts = createSqlAccountStore(db);
 * const account = accounts.accountByEmail('Ana@Springfield.example');
 */
export function createSqlAccountStore(db: SqlDatabase): AccountStore {
  const changeOne = (what: string, sql: string, ...params: (string | number | null)[]) => {
    if (db.run(sql, ...params).changes !== 1) throw new Error(`${what}: no such account`);
  };
  return {
    accountByEmail(email) {
      const row = db.get(`${SELECT_ACCOUNT} WHERE email = ?`, normalizeEmail(email));
      return row === undefined ? undefined : accountFromRow(row);
    },
    account(id) {
      const row = db.get(`${SELECT_ACCOUNT} WHERE id = ?`, id);
      return row === undefined ? undefined : accountFromRow(row);
    },
    accountsOf: (libraryId) =>
      db
        .all(`${SELECT_ACCOUNT} WHERE library_id = ? ORDER BY display_name, id`, libraryId)
        .map(accountFromRow),
    insertAccount({ responder, passwordHash }) {
      db.run(insertSql('responders', ACCOUNT_COLUMNS), ...responderValues(responder), passwordHash);
    },
    setRoles(id, roles) {
      changeOne(
        'setRoles',
        'UPDATE responders SET roles = ? WHERE id = ?',
        JSON.stringify(roles),
        id,
      );
    },
    setPasswordHash(id, passwordHash) {
      changeOne(
        'setPasswordHash',
        'UPDATE responders SET password_hash = ? WHERE id = ?',
        passwordHash,
        id,
      );
    },
    setDisabledAt(id, at) {
      changeOne('setDisabledAt', 'UPDATE responders SET disabled_at = ? WHERE id = ?', at, id);
    },
    session(idHash) {
      const row = db.get(`${SELECT_SESSION} WHERE id_hash = ?`, idHash);
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
        session.userAgent ?? null,
        session.address ?? null,
      );
    },
    deleteSession(idHash) {
      db.run('DELETE FROM sessions WHERE id_hash = ?', idHash);
    },
    deleteExpiredSessions(now) {
      db.run('DELETE FROM sessions WHERE expires_at <= ?', now);
    },
    sessionsOf: (responderId) =>
      db
        .all(
          `${SELECT_SESSION} WHERE responder_id = ? ORDER BY created_at DESC, id_hash`,
          responderId,
        )
        .map(sessionFromRow),
    deleteSessionsOf(responderId, keepIdHash) {
      return db.run(
        'DELETE FROM sessions WHERE responder_id = ? AND id_hash IS NOT ?',
        responderId,
        keepIdHash ?? null,
      ).changes;
    },
  };
}

function accountFromRow(row: SqlRow): StoredAccount {
  const r = createRowReader('responders', row, ['id']);
  const disabledAt = r.nullableNumber('disabled_at');
  return {
    responder: responderFromRow(row),
    passwordHash: r.text('password_hash'),
    ...(disabledAt === null ? {} : { disabledAt }),
  };
}

function sessionFromRow(row: SqlRow): SessionRecord {
  const r = createRowReader('sessions', row, ['id_hash']);
  const userAgent = r.nullableText('user_agent');
  const address = r.nullableText('address');
  return {
    idHash: r.text('id_hash'),
    responderId: r.text('responder_id'),
    csrfToken: r.text('csrf_token'),
    createdAt: r.number('created_at'),
    expiresAt: r.number('expires_at'),
    ...(userAgent === null ? {} : { userAgent }),
    ...(address === null ? {} : { address }),
  };
}
