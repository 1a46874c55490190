import type { PasswordResetRecord, PasswordResetStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const COLUMNS = ['token_hash', 'responder_id', 'created_at', 'expires_at', 'used_at'];

/**
 * Password reset links over SQL. Using one is a single conditional UPDATE: once, before it expires.
 *
 * @example
 * if (!createSqlPasswordResetStore(db).useReset(hashToken(token), now)) refuse();
 */
export function createSqlPasswordResetStore(db: SqlDatabase): PasswordResetStore {
  return {
    insertReset(reset) {
      db.run(
        insertSql('password_resets', COLUMNS),
        reset.tokenHash,
        reset.responderId,
        reset.createdAt,
        reset.expiresAt,
        reset.usedAt,
      );
    },
    resetByTokenHash(tokenHash) {
      const row = db.get(
        `SELECT ${COLUMNS.join(', ')} FROM password_resets WHERE token_hash = ?`,
        tokenHash,
      );
      return row === undefined ? undefined : resetFromRow(row);
    },
    useReset(tokenHash, at) {
      const { changes } = db.run(
        `UPDATE password_resets SET used_at = ?
         WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?`,
        at,
        tokenHash,
        at,
      );
      return changes === 1;
    },
    deleteResetsOf(responderId) {
      db.run('DELETE FROM password_resets WHERE responder_id = ?', responderId);
    },
  };
}

function resetFromRow(row: SqlRow): PasswordResetRecord {
  const r = createRowReader('password_resets', row, ['token_hash']);
  return {
    tokenHash: r.text('token_hash'),
    responderId: r.text('responder_id'),
    createdAt: r.number('created_at'),
    expiresAt: r.number('expires_at'),
    usedAt: r.nullableNumber('used_at'),
  };
}
