import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { assertSynchronous, type SqlDatabase, type SqlRow, type SqlValue } from '../sql.ts';
import { createGroupCommit, type GroupCommit } from './group-commit.ts';

/** A `node:sqlite` database behind the runtime-free SqlDatabase interface. */
export interface NodeSqliteDatabase extends SqlDatabase {
  close(): void;
  /**
   * Makes every write so far durable: with `durability: 'group'`, commits the turn's writes and
   * fdatasyncs the WAL on a libuv thread, so the event loop goes on meanwhile. Resolves at once
   * when nothing was written since, in `commit` mode (every commit is durable already) and for
   * `:memory:`.
   */
  sync(): Promise<void>;
}

export interface NodeSqliteOptions {
  /**
   * `commit` (the default): every transaction commits and is fsynced before it returns
   * (synchronous = FULL): one fsync per write.
   * `group`: the writes of one event-loop turn share one transaction, committed at the end of the
   * turn to the operating system (synchronous = NORMAL, which survives the process being killed),
   * and {@link NodeSqliteDatabase.sync} makes them durable. The runtime calls it before anything
   * that depends on those writes leaves the process (runtime/node/output-gate.ts), so a busy moment
   * pays one commit and one fdatasync for all of its messages instead of one of each per message.
   * Only for a plain file path; `:memory:` and `file:` URIs keep `commit`.
   */
  durability?: 'commit' | 'group';
}

const BUSY_TIMEOUT_MS = 5_000;
const CACHE_KIB = 64 * 1024;
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
export function openNodeSqlite(path: string, options: NodeSqliteOptions = {}): NodeSqliteDatabase {
  const inMemory = path === ':memory:' || path === '';
  const plainFile = !inMemory && !path.startsWith('file:');
  if (plainFile) mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, {
    enableForeignKeyConstraints: true,
    timeout: BUSY_TIMEOUT_MS,
  });
  const grouped = plainFile && options.durability === 'group';
  try {
    configure(db, inMemory, grouped);
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
  const group = grouped ? createGroupCommit(db, path) : undefined;
  return {
    exec(sql) {
      group?.beforeWrite();
      db.exec(sql);
    },
    run(sql, ...params) {
      group?.beforeWrite();
      return { changes: Number(prepare(sql).run(...params).changes) };
    },
    all: <T extends SqlRow>(sql: string, ...params: SqlValue[]) =>
      prepare(sql).all(...params) as T[],
    get: <T extends SqlRow>(sql: string, ...params: SqlValue[]) =>
      prepare(sql).get(...params) as T | undefined,
    transaction: createTransaction(db, prepare, group),
    sync: () => group?.sync() ?? Promise.resolve(),
    close() {
      statements.clear();
      group?.close();
      db.close();
    },
  };
}

function configure(db: DatabaseSync, inMemory: boolean, grouped: boolean): void {
  db.exec('PRAGMA foreign_keys = ON');
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (inMemory) return;
  // Erased and scrubbed text is overwritten with zeros, not left in free space for a file reader
  // (docs/operations.md, "Privacy and retention").
  db.exec('PRAGMA secure_delete = ON');
  const mode = db.prepare('PRAGMA journal_mode = WAL').get()?.journal_mode;
  if (mode !== 'wal') throw new Error(`SQLite refused WAL journaling (journal_mode is ${mode})`);
  // With WAL, synchronous=NORMAL already survives the process being killed (-9): a commit is in the
  // WAL file, in the OS page cache. It does not survive power loss or an OS or VM crash, where the
  // last commits can roll back. FULL fsyncs the WAL on every commit, so a message we have
  // acknowledged to a patron is on disk, at the cost of one fsync per transaction. Group commit
  // syncs before anything is acknowledged instead (see NodeSqliteOptions.durability).
  db.exec(grouped ? 'PRAGMA synchronous = NORMAL' : 'PRAGMA synchronous = FULL');
  // SQLite's default page cache is 2 MB; live chats' messages, events and indexes outgrow it under
  // load, and every miss is a read from the operating system. 64 MB keeps the working set.
  db.exec(`PRAGMA cache_size = -${CACHE_KIB}`);
}

/**
 * BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a lock
 * upgrade. Nested calls join the outer transaction through a savepoint: nothing is committed until
 * the outermost call returns, and an inner call that throws undoes only its own writes. With group
 * commit even the outermost call is a savepoint in the turn's transaction.
 */
function createTransaction(
  db: DatabaseSync,
  prepare: (sql: string) => StatementSync,
  group?: GroupCommit,
): SqlDatabase['transaction'] {
  let depth = 0;
  // Prepared once: a message's transaction is a savepoint, and parsing it each time shows.
  const rollback = (savepoint: string | null) => {
    if (!db.isTransaction) return; // SQLite already rolled back (e.g. disk full)
    if (savepoint === null) db.exec('ROLLBACK');
    else db.exec(`ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
  };
  return <T>(work: () => T): T => {
    group?.beforeWrite();
    const savepoint = depth === 0 && !group?.isOpen() ? null : `refdesk_${depth}`;
    prepare(savepoint === null ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`).run();
    depth += 1;
    let result: T;
    try {
      result = work();
      assertSynchronous(result);
    } catch (error) {
      depth -= 1;
      rollback(savepoint);
      throw error;
    }
    depth -= 1;
    try {
      prepare(savepoint === null ? 'COMMIT' : `RELEASE ${savepoint}`).run();
    } catch (error) {
      rollback(savepoint);
      throw error;
    }
    return result;
  };
}
