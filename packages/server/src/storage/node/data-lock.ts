import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DatabaseFileError } from './database-file.ts';

/** Held while a server runs (or a restore or migration works) on a database file. */
export interface DataLock {
  /** The lock file, `<data>.lock`. */
  readonly path: string;
  release(): void;
}

/** Who holds a lock, as the holder recorded it. */
export interface LockHolder {
  pid: number;
  purpose: string;
  since: number;
}

const HOLDER_TABLE = 'CREATE TABLE IF NOT EXISTS holder (pid INTEGER, purpose TEXT, since INTEGER)';

/**
 * Takes the exclusive lock of a database file, or throws {@link DatabaseFileError} `in_use`
 * naming the process that holds it. The lock is SQLite's own write lock on `<data>.lock` (an
 * fcntl lock the operating system drops when its process ends, even by kill -9), held in an open
 * transaction: a stale lock cannot outlive its process, and a reused pid cannot keep it. The file
 * stays after release (removing it could let two processes lock two different files).
 *
 * @example
 * const lock = acquireDataLock('data/refdesk.db', 'server');
 * process.on('exit', () => lock.release());
 */
export function acquireDataLock(dataPath: string, purpose: string): DataLock {
  const path = `${dataPath}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: 0 });
  try {
    db.exec(HOLDER_TABLE);
    db.exec('BEGIN IMMEDIATE');
    db.prepare('DELETE FROM holder').run();
    db.prepare('INSERT INTO holder (pid, purpose, since) VALUES (?, ?, ?)').run(
      process.pid,
      purpose,
      Date.now(),
    );
    db.exec('COMMIT');
    // Another process may win the lock between COMMIT and here: then it holds it, and we refuse.
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    db.close();
    if (!isBusy(error)) throw error;
    throw new DatabaseFileError('in_use', inUseMessage(dataPath, readLockHolder(dataPath)));
  }
  let held = true;
  return {
    path,
    release() {
      if (!held) return;
      held = false;
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

/** Whether a process holds the lock of a database file right now (without taking it). */
export function isDataLocked(dataPath: string): LockHolder | false {
  try {
    acquireDataLock(dataPath, 'probe').release();
    return false;
  } catch (error) {
    if (error instanceof DatabaseFileError && error.code === 'in_use') {
      return readLockHolder(dataPath) ?? { pid: 0, purpose: 'unknown', since: 0 };
    }
    throw error;
  }
}

function readLockHolder(dataPath: string): LockHolder | undefined {
  try {
    const db = new DatabaseSync(`${dataPath}.lock`, { timeout: 1_000, readOnly: true });
    try {
      const row = db.prepare('SELECT pid, purpose, since FROM holder').get();
      return row
        ? { pid: Number(row.pid), purpose: String(row.purpose), since: Number(row.since) }
        : undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

function inUseMessage(dataPath: string, holder: LockHolder | undefined): string {
  const who = holder
    ? `process ${holder.pid} (${holder.purpose}, since ${new Date(holder.since).toISOString()})`
    : 'another process';
  return `${dataPath} is in use by ${who}: stop it first; two servers on one file would split the cooperative.`;
}

function isBusy(error: unknown): boolean {
  const { errcode, message } = error as { errcode?: number; message?: string };
  return (
    (errcode !== undefined && (errcode & 0xff) === 5) || /database is locked/.test(message ?? '')
  );
}
