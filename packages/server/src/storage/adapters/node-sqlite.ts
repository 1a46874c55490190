import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SqlDatabase, SqlRow, SqlValue } from '../sql.ts';

/** A `node:sqlite` database behind the runtime-free SqlDatabase interface. */
export interface NodeSqliteDatabase extends SqlDatabase {
  close(): void;
}

const BUSY_TIMEOUT_MS = 5_000;
/** Our SQL texts are constants, so the cache stays small; the cap only guards against misuse. */
const STATEMENT_CACHE_LIMIT = 500;

/**
 * Opens (creating it and its parent directories if needed) a SQLite file, or `:memory:`, with
 * WAL journaling, full durability, foreign keys on and a busy timeout.
 *
 * @example
 * const db = openNodeSqlite('data/refdesk.sqlite');
 * const stores = createStores(db);
 * process.on('SIGTERM', () => db.close());
 */
export function openNodeSqlite(path: string): NodeSqliteDatabase {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, {
    enableForeignKeyConstraints: true,
    timeout: BUSY_TIMEOUT_MS,
  });
  try {
    configure(db, inMemory);
  } catch (error) {
    db.close();
    throw error;
  }
  const statements = new Map<string, StatementSync>();
  const prepare = (sql: string): StatementSync => {
    const cached = statements.get(sql);
    if (cached) return cached;
    if (statements.size >= STATEMENT_CACHE_LIMIT) {
      const oldest = statements.keys().next();
      if (!oldest.done) statements.delete(oldest.value);
    }
    const statement = db.prepare(sql);
    statements.set(sql, statement);
    return statement;
  };
  return {
    exec: (sql) => db.exec(sql),
    run: (sql, ...params) => ({ changes: Number(prepare(sql).run(...params).changes) }),
    all: <T extends SqlRow>(sql: string, ...params: SqlValue[]) =>
      prepare(sql).all(...params) as T[],
    get: <T extends SqlRow>(sql: string, ...params: SqlValue[]) =>
      prepare(sql).get(...params) as T | undefined,
    transaction: createTransaction(db),
    close() {
      statements.clear();
      db.close();
    },
  };
}

function configure(db: DatabaseSync, inMemory: boolean): void {
  db.exec('PRAGMA foreign_keys = ON');
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (inMemory) return;
  const mode = db.prepare('PRAGMA journal_mode = WAL').get()?.journal_mode;
  if (mode !== 'wal') throw new Error(`SQLite refused WAL journaling (journal_mode is ${mode})`);
  // With WAL, synchronous=NORMAL already survives the process being killed (-9): a commit is in the
  // WAL file, in the OS page cache. It does not survive power loss or an OS or VM crash, where the
  // last commits can roll back. FULL fsyncs the WAL on every commit, so a message we have
  // acknowledged to a patron is on disk, at the cost of one fsync per transaction.
  db.exec('PRAGMA synchronous = FULL');
}

/**
 * BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a lock
 * upgrade. Nested calls join the outer transaction through a savepoint: nothing is committed until
 * the outermost call returns, and an inner call that throws undoes only its own writes.
 */
function createTransaction(db: DatabaseSync): SqlDatabase['transaction'] {
  let depth = 0;
  const rollback = (savepoint: string | null) => {
    if (!db.isTransaction) return; // SQLite already rolled back (e.g. disk full)
    if (savepoint === null) db.exec('ROLLBACK');
    else db.exec(`ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
  };
  return <T>(work: () => T): T => {
    const savepoint = depth === 0 ? null : `refdesk_${depth}`;
    db.exec(savepoint === null ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
    depth += 1;
    let result: T;
    try {
      result = work();
      if (isThenable(result)) throw new TypeError('transaction work must be synchronous');
    } catch (error) {
      depth -= 1;
      rollback(savepoint);
      throw error;
    }
    depth -= 1;
    try {
      db.exec(savepoint === null ? 'COMMIT' : `RELEASE ${savepoint}`);
    } catch (error) {
      rollback(savepoint);
      throw error;
    }
    return result;
  };
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
