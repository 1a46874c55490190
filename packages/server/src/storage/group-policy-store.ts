import type { GroupPolicyPageRecord, GroupPolicyStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const COLUMNS = ['group_id', 'version', 'text', 'staff_only', 'updated_at', 'updated_by'];
const NEWEST = `SELECT ${COLUMNS.join(', ')} FROM group_policy_pages WHERE group_id = ? ORDER BY version DESC LIMIT 1`;

/**
 * Versioned group policy pages over SQL, like library policy pages: `(group_id, version)` is the
 * key that makes a concurrent save of the same base version lose instead of overwrite.
 *
 * @example
 * const saved = createSqlGroupPolicyStore(db).saveGroupPolicyPage({ ...page, version: 1 });
 */
export function createSqlGroupPolicyStore(db: SqlDatabase): GroupPolicyStore {
  const newest = (groupId: string) => {
    const row = db.get(NEWEST, groupId);
    return row === undefined ? undefined : pageFromRow(row);
  };
  return {
    groupPolicyPage: newest,
    saveGroupPolicyPage(page) {
      if (!Number.isInteger(page.version) || page.version < 1) {
        throw new RangeError(
          `saveGroupPolicyPage: version must be a positive integer, got ${page.version}`,
        );
      }
      return db.transaction(() => {
        if ((newest(page.groupId)?.version ?? 0) !== page.version - 1) return false;
        const inserted = db.run(
          `${insertSql('group_policy_pages', COLUMNS)} ON CONFLICT (group_id, version) DO NOTHING`,
          page.groupId,
          page.version,
          page.text,
          page.staffOnly,
          page.updatedAt,
          page.updatedBy,
        );
        return inserted.changes === 1;
      });
    },
  };
}

function pageFromRow(row: SqlRow): GroupPolicyPageRecord {
  const r = createRowReader('group_policy_pages', row, ['group_id', 'version']);
  return {
    groupId: r.text('group_id'),
    version: r.number('version'),
    text: r.text('text'),
    staffOnly: r.text('staff_only'),
    updatedAt: r.number('updated_at'),
    updatedBy: r.text('updated_by'),
  };
}
