import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/**
 * Refdesk's mark in the SQLite header (`PRAGMA application_id`, bytes 68-71): "RFDK". Set when
 * Refdesk creates a database, so a file it did not create is never mistaken for its own.
 */
export const REFDESK_APPLICATION_ID = 0x5246444b;

/** Why a database file is refused; each is a one-line message for the operator. */
export type DatabaseFileProblem =
  | 'missing'
  | 'empty'
  | 'not_sqlite'
  | 'foreign'
  | 'damaged'
  | 'in_use'
  | 'too_new';

/**
 * A database Refdesk will not open: it would lose or overwrite data. `code` names the problem,
 * the message says what to do. The CLI and `pnpm start` print the message and exit with 1.
 *
 * @example
 * throw new DatabaseFileError('empty', `${path} is empty (0 bytes)...`);
 */
export class DatabaseFileError extends Error {
  override readonly name = 'DatabaseFileError';
  readonly code: DatabaseFileProblem;
  constructor(code: DatabaseFileProblem, message: string) {
    super(message);
    this.code = code;
  }
}

export type DatabaseFileState =
  | { kind: 'missing' }
  | { kind: 'refdesk'; stamped: boolean }
  | { kind: 'refused'; error: DatabaseFileError };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const RESTORE_HINT = 'restore a backup (refdesk restore <file>)';

/**
 * Looks at a database file without changing it: missing, Refdesk's own (stamped with
 * {@link REFDESK_APPLICATION_ID}, or an older Refdesk database with its migrations ledger), or
 * refused: empty, not SQLite, another application's SQLite, or damaged (`quick_check`, or
 * `integrity_check` with `full`).
 *
 * @example
 * const state = inspectDatabaseFile('data/refdesk.db');
 * if (state.kind === 'refused') throw state.error;
 */
export function inspectDatabaseFile(
  path: string,
  check: 'quick' | 'full' = 'quick',
): DatabaseFileState {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  const refuse = (code: DatabaseFileProblem, message: string): DatabaseFileState => ({
    kind: 'refused',
    error: new DatabaseFileError(code, message),
  });
  if (size === 0 && walSize(path) === 0) {
    return refuse(
      'empty',
      `${path} is empty (0 bytes): it is not a Refdesk database. Refdesk will not start afresh over it; ${RESTORE_HINT}, or remove the file to start a new one.`,
    );
  }
  if (size > 0 && !readHeader(path).equals(SQLITE_HEADER)) {
    return refuse(
      'not_sqlite',
      `${path} is not a SQLite database: check --data / REFDESK_DATA, or ${RESTORE_HINT}.`,
    );
  }
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(path, { timeout: 5_000 });
    const id = Number(db.prepare('PRAGMA application_id').get()?.application_id ?? 0);
    const ledger = db
      .prepare(
        "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
      )
      .get();
    if (id !== REFDESK_APPLICATION_ID && !(id === 0 && ledger)) {
      return refuse(
        'foreign',
        `${path} is a SQLite database of another application (application_id ${id}, no Refdesk schema): check --data / REFDESK_DATA.`,
      );
    }
    const problems = db
      .prepare(check === 'full' ? 'PRAGMA integrity_check(20)' : 'PRAGMA quick_check(20)')
      .all()
      .map((row) => String(Object.values(row)[0]))
      .filter((line) => line !== 'ok');
    if (problems.length > 0) return refuse('damaged', damagedMessage(path, problems[0]));
    return { kind: 'refdesk', stamped: id === REFDESK_APPLICATION_ID };
  } catch (error) {
    return refuse('damaged', damagedMessage(path, (error as Error).message));
  } finally {
    db?.close();
  }
}

function damagedMessage(path: string, detail: string | undefined): string {
  return `${path} is damaged (${detail ?? 'integrity check failed'}): ${RESTORE_HINT}; keep the damaged file for inspection.`;
}

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header;
}

function walSize(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}
