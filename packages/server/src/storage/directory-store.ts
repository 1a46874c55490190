import type { Cooperative } from '../core/model.ts';
import type { DirectoryStore } from '../core/ports/index.ts';
import { LIBRARY_COLUMNS, libraryFromRow, libraryValues } from './library-row.ts';
import { RESPONDER_COLUMNS, responderFromRow } from './responder-row.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql, keyLast, updateSql } from './sql-text.ts';

const COOPERATIVE_COLUMNS = ['id', 'name', 'policy_freshness_days', 'disclosure_template'];
const SELECT_LIBRARY = `SELECT ${LIBRARY_COLUMNS.join(', ')} FROM libraries`;
const SELECT_RESPONDER = `SELECT ${RESPONDER_COLUMNS.join(', ')} FROM responders`;

/**
 * Cooperatives, libraries and responders over SQL. Reads go to SQLite every time (prepared
 * statements on a local database): no cache to invalidate when another store, such as
 * AccountStore.insertAccount, writes the same tables.
 *
 * @example
 * const directory = createSqlDirectoryStore(db);
 * const library = directory.library(libraryId);
 */
export function createSqlDirectoryStore(db: SqlDatabase): DirectoryStore {
  return {
    cooperative(id) {
      const row = db.get(
        `SELECT ${COOPERATIVE_COLUMNS.join(', ')} FROM cooperatives WHERE id = ?`,
        id,
      );
      return row === undefined ? undefined : cooperativeFromRow(row);
    },
    library(id) {
      const row = db.get(`${SELECT_LIBRARY} WHERE id = ?`, id);
      return row === undefined ? undefined : libraryFromRow(row);
    },
    librariesOf: (cooperativeId) =>
      db
        .all(`${SELECT_LIBRARY} WHERE cooperative_id = ? ORDER BY name, id`, cooperativeId)
        .map(libraryFromRow),
    responder(id) {
      const row = db.get(`${SELECT_RESPONDER} WHERE id = ?`, id);
      return row === undefined ? undefined : responderFromRow(row);
    },
    respondersOf: (libraryId) =>
      db
        .all(`${SELECT_RESPONDER} WHERE library_id = ? ORDER BY display_name, id`, libraryId)
        .map(responderFromRow),
    insertCooperative(cooperative) {
      db.run(
        insertSql('cooperatives', COOPERATIVE_COLUMNS),
        cooperative.id,
        cooperative.name,
        cooperative.policyFreshnessDays,
        cooperative.disclosureTemplate,
      );
    },
    insertLibrary(library) {
      db.run(insertSql('libraries', LIBRARY_COLUMNS), ...libraryValues(library));
    },
    updateLibrary(library) {
      const update = updateSql('libraries', LIBRARY_COLUMNS);
      if (db.run(update, ...keyLast(libraryValues(library))).changes !== 1) {
        throw new Error(`updateLibrary: no library ${library.id}`);
      }
    },
  };
}

function cooperativeFromRow(row: SqlRow): Cooperative {
  const r = createRowReader('cooperatives', row, ['id']);
  return {
    id: r.text('id'),
    name: r.text('name'),
    policyFreshnessDays: r.number('policy_freshness_days'),
    disclosureTemplate: r.text('disclosure_template'),
  };
}
