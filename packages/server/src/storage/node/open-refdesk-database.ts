import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DatabaseFileError, inspectDatabaseFile, REFDESK_APPLICATION_ID } from './database-file.ts';
import { type NodeSqliteDatabase, type NodeSqliteOptions, openNodeSqlite } from './sqlite.ts';

export interface OpenRefdeskOptions extends NodeSqliteOptions {
  /**
   * What a missing file means: `create` a new database (the demo, `refdesk init`), or refuse with
   * `hint` (the message says what to run instead).
   */
  missing: 'create' | { refuse: string };
}

/**
 * Opens a Refdesk database file after checking it is one (see inspectDatabaseFile): an empty,
 * foreign or damaged file throws {@link DatabaseFileError} and is left untouched, never started
 * afresh. A new file is stamped with Refdesk's application id before anything else is written;
 * an older Refdesk database gets the stamp on first open. `:memory:` is opened as is.
 *
 * @example
 * const db = openRefdeskDatabase('data/refdesk.db', { missing: 'create', durability: 'group' });
 * const stores = createStores(db);
 */
export function openRefdeskDatabase(path: string, options: OpenRefdeskOptions): NodeSqliteDatabase {
  const { missing, ...sqlite } = options;
  if (path === ':memory:' || path === '' || path.startsWith('file:')) {
    return openNodeSqlite(path, sqlite);
  }
  const state = inspectDatabaseFile(path);
  if (state.kind === 'refused') throw state.error;
  if (state.kind === 'missing' && missing !== 'create') {
    throw new DatabaseFileError('missing', `There is no database at ${path}: ${missing.refuse}`);
  }
  if (state.kind === 'missing' || !state.stamped) stamp(path, state.kind === 'missing');
  return openNodeSqlite(path, sqlite);
}

/** Writes the application id (a new file: into a header of its own, before the schema). */
function stamp(path: string, create: boolean): void {
  const db = create ? createFile(path) : new DatabaseSync(path, { timeout: 5_000 });
  try {
    db.exec(`PRAGMA application_id = ${REFDESK_APPLICATION_ID}`);
  } finally {
    db.close();
  }
}

function createFile(path: string): DatabaseSync {
  // The application id is the first thing written, so no file of ours ever lacks it.
  mkdirSync(dirname(path), { recursive: true });
  return new DatabaseSync(path, { timeout: 5_000 });
}
