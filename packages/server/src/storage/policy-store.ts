import { StaffOnlyAudienceSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import type { PolicyPageRecord, PolicyStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const POLICY_COLUMNS = [
  'library_id',
  'version',
  'sections',
  'staff_only',
  'staff_only_audience',
  'owners',
  'updated_at',
  'updated_by',
];
const SectionsSchema = v.record(v.string(), v.string());
const OwnersSchema = v.array(v.string());

/**
 * Versioned policy pages over SQL. Every save inserts a new version; `(library_id, version)` is
 * the key that makes a concurrent save of the same base version lose instead of overwrite.
 *
 * @example
 * const policies = createSqlPolicyStore(db);
 * const current = policies.policyPage(libraryId);
 * const saved = policies.savePolicyPage({ ...edited, version: (current?.version ?? 0) + 1 });
 * if (!saved) reply(409);
 */
export function createSqlPolicyStore(db: SqlDatabase): PolicyStore {
  const newest = (libraryId: string): SqlRow | undefined =>
    db.get(
      `SELECT ${POLICY_COLUMNS.join(', ')} FROM policy_pages WHERE library_id = ? ORDER BY version DESC LIMIT 1`,
      libraryId,
    );
  return {
    policyPage(libraryId) {
      const row = newest(libraryId);
      return row === undefined ? undefined : policyFromRow(row);
    },
    savePolicyPage(page) {
      if (!Number.isInteger(page.version) || page.version < 1) {
        throw new RangeError(
          `savePolicyPage: version must be a positive integer, got ${page.version}`,
        );
      }
      return db.transaction(() => {
        const row = newest(page.libraryId);
        const current = row === undefined ? 0 : policyFromRow(row).version;
        if (current !== page.version - 1) return false;
        const inserted = db.run(
          `${insertSql('policy_pages', POLICY_COLUMNS)} ON CONFLICT (library_id, version) DO NOTHING`,
          page.libraryId,
          page.version,
          JSON.stringify(page.sections),
          page.staffOnly,
          page.staffOnlyAudience,
          JSON.stringify(page.owners),
          page.updatedAt,
          page.updatedBy,
        );
        return inserted.changes === 1;
      });
    },
  };
}

function policyFromRow(row: SqlRow): PolicyPageRecord {
  const r = createRowReader('policy_pages', row, ['library_id', 'version']);
  return {
    libraryId: r.text('library_id'),
    version: r.number('version'),
    sections: r.json('sections', SectionsSchema),
    staffOnly: r.text('staff_only'),
    staffOnlyAudience: r.parse('staff_only_audience', StaffOnlyAudienceSchema),
    owners: r.json('owners', OwnersSchema),
    updatedAt: r.number('updated_at'),
    updatedBy: r.text('updated_by'),
  };
}
