import type { DirectoryStore } from '../core/ports/index.ts';
import {
  COOPERATIVE_COLUMNS,
  cooperativeFromRow,
  cooperativeValues,
  GROUP_COLUMNS,
  groupFromRow,
} from './cooperative-row.ts';
import { LIBRARY_COLUMNS, libraryFromRow, libraryValues } from './library-row.ts';
import { RESPONDER_COLUMNS, responderFromRow } from './responder-row.ts';
import type { SqlDatabase, SqlValue } from './sql.ts';
import { insertSql, keyLast, updateSql } from './sql-text.ts';

const SELECT_COOPERATIVE = `SELECT ${COOPERATIVE_COLUMNS.join(', ')} FROM cooperatives`;
const SELECT_GROUP = `SELECT ${GROUP_COLUMNS.join(', ')} FROM library_groups`;
const SELECT_LIBRARY = `SELECT ${LIBRARY_COLUMNS.join(', ')} FROM libraries`;
const SELECT_RESPONDER = `SELECT ${RESPONDER_COLUMNS.join(', ')} FROM responders`;

/**
 * Cooperatives, groups, libraries and responders over SQL. Reads go to SQLite every time (prepared
 * statements on a local database): no cache to invalidate when another store, such as
 * AccountStore.insertAccount, writes the same tables.
 *
 * @example
 * const directory = createSqlDirectoryStore(db);
 * const library = directory.library(libraryId);
 */
export function createSqlDirectoryStore(db: SqlDatabase): DirectoryStore {
  const update = (table: string, columns: readonly string[], values: SqlValue[]) => {
    if (db.run(updateSql(table, columns), ...keyLast(values)).changes !== 1) {
      throw new Error(`update ${table}: no row ${String(values[0])}`);
    }
  };
  return {
    cooperative(id) {
      const row = db.get(`${SELECT_COOPERATIVE} WHERE id = ?`, id);
      return row === undefined ? undefined : cooperativeFromRow(row);
    },
    cooperatives: () => db.all(`${SELECT_COOPERATIVE} ORDER BY name, id`).map(cooperativeFromRow),
    group(id) {
      const row = db.get(`${SELECT_GROUP} WHERE id = ?`, id);
      return row === undefined ? undefined : groupFromRow(row);
    },
    groupsOf: (cooperativeId) =>
      db
        .all(`${SELECT_GROUP} WHERE cooperative_id = ? ORDER BY name, id`, cooperativeId)
        .map(groupFromRow),
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
      db.run(insertSql('cooperatives', COOPERATIVE_COLUMNS), ...cooperativeValues(cooperative));
    },
    updateCooperative(cooperative) {
      update('cooperatives', COOPERATIVE_COLUMNS, cooperativeValues(cooperative));
    },
    insertGroup(group) {
      db.run(insertSql('library_groups', GROUP_COLUMNS), group.id, group.cooperativeId, group.name);
    },
    updateGroup(group) {
      update('library_groups', GROUP_COLUMNS, [group.id, group.cooperativeId, group.name]);
    },
    insertLibrary(library) {
      db.run(insertSql('libraries', LIBRARY_COLUMNS), ...libraryValues(library));
    },
    updateLibrary(library) {
      const sql = updateSql('libraries', LIBRARY_COLUMNS);
      if (db.run(sql, ...keyLast(libraryValues(library))).changes !== 1) {
        throw new Error(`updateLibrary: no library ${library.id}`);
      }
    },
  };
}
