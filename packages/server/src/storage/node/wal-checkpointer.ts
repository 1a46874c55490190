import { Worker } from 'node:worker_threads';

export interface WalCheckpointer {
  /** Stops the background checkpoints; the worker closes its connection and ends. */
  stop(): void;
}

const INTERVAL_MS = 200;

/**
 * Starts a worker thread that checkpoints the WAL of the SQLite file at `path` every 200 ms
 * (copying committed pages into the database file, with its fsyncs, off the event loop). The main
 * connection turns its own automatic checkpoints off. The worker does not keep the process alive,
 * and an error in it is thrown from the event loop: a database that cannot checkpoint must not go
 * on silently.
 *
 * @example
 * const checkpointer = startWalCheckpointer('data/refdesk.db');
 * db.exec('PRAGMA wal_autocheckpoint = 0');
 * // ... at shutdown:
 * checkpointer.stop();
 */
export function startWalCheckpointer(path: string): WalCheckpointer {
  const worker = new Worker(new URL('./wal-checkpoint-worker.ts', import.meta.url), {
    workerData: { path, intervalMs: INTERVAL_MS },
  });
  worker.unref();
  worker.on('error', (error) => {
    throw error;
  });
  return { stop: () => worker.postMessage('stop') };
}
