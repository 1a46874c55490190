import { closeSync, fdatasync, openSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.ts';

/** The write side of a database in group-commit mode (see NodeSqliteOptions.durability). */
export interface GroupCommit {
  /** Called before every write: opens the group's transaction if none is open. */
  beforeWrite(): void;
  /** Whether the group's transaction is open (transactions nest inside it as savepoints). */
  isOpen(): boolean;
  /**
   * Commits the group, then makes every commit so far durable with one fdatasync of the WAL. With
   * nothing new to sync it resolves with the fdatasync in flight, if any: never before every
   * commit so far is on disk (the output gate releases earlier batches on a later sync).
   */
  sync(): Promise<void>;
  /** Commits what is open; nothing syncs after this (closing the database syncs by itself). */
  close(): void;
}

/**
 * Groups writes into one SQLite transaction until the next sync, and makes commits durable with an
 * fdatasync of the WAL on a libuv thread, so the event loop goes on meanwhile. While a sync is in
 * flight, new writes gather in the next group; otherwise a group commits at the end of its
 * event-loop turn at the latest, so writes that no output waits for are not held back either.
 * The WAL is checkpointed on a worker thread, never on the event loop.
 * With synchronous = NORMAL a commit survives the process being killed; the sync makes it survive
 * the machine going down too.
 *
 * @example
 * const group = createGroupCommit(db, 'data/refdesk.db');
 * group.beforeWrite();
 * db.prepare('INSERT INTO acks (id) VALUES (?)').run('a1');
 * await group.sync(); // committed and on disk
 */
export function createGroupCommit(db: DatabaseSync, path: string): GroupCommit {
  const walPath = `${path}-wal`;
  // Checkpoints run on a worker thread from the first sync on (a database that is only read, or
  // only written in a test, never starts one).
  db.exec('PRAGMA wal_autocheckpoint = 0');
  let checkpointer: WalCheckpointer | undefined;
  let open = false;
  let unsynced = false;
  let closed = false;
  let syncing = 0;
  let fd: number | undefined;
  // The newest fdatasync: it covers every commit made before it started.
  let latest: Promise<void> = Promise.resolve();
  const commit = () => {
    if (!open) return;
    open = false;
    // SQLite rolls a whole transaction back by itself on a full disk or an I/O error: then the
    // group's writes are gone, and nothing that depends on them may be acknowledged.
    if (!db.isTransaction) throw new Error("SQLite rolled back a group's writes");
    db.exec('COMMIT');
    unsynced = true;
  };
  // The end of the turn, or the end of the sync in flight, whichever is later.
  const commitSoon = () => {
    if (syncing === 0) commit();
  };
  const finishSync = (error: Error | null, resolve: () => void, reject: (e: Error) => void) => {
    syncing -= 1;
    if (closed && syncing === 0 && fd !== undefined) closeSync(fd);
    if (open) setImmediate(commitSoon);
    if (error) reject(error);
    else resolve();
  };
  return {
    beforeWrite() {
      if (open || closed) return;
      db.exec('BEGIN IMMEDIATE');
      open = true;
      setImmediate(commitSoon);
    },
    isOpen: () => open,
    sync() {
      commit();
      if (closed) return Promise.resolve();
      if (!unsynced) return latest;
      // This sync covers every commit so far; a later one needs the next sync.
      unsynced = false;
      // The WAL exists from the first write on and keeps its inode while the database is open.
      fd ??= openSync(walPath, 'r');
      checkpointer ??= startWalCheckpointer(path);
      const file = fd;
      syncing += 1;
      latest = new Promise((resolve, reject) => {
        fdatasync(file, (error) => finishSync(error, resolve, reject));
      });
      return latest;
    },
    close() {
      commit();
      closed = true;
      checkpointer?.stop();
      if (syncing === 0 && fd !== undefined) closeSync(fd);
    },
  };
}
