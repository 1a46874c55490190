// A worker thread that checkpoints one SQLite file's WAL in the background, so that the event
// loop's connection, which has wal_autocheckpoint = 0, never stops to copy pages and fsync.
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

const { path, intervalMs } = workerData as { path: string; intervalMs: number };
const db = new DatabaseSync(path, { timeout: 5_000 });
const timer = setInterval(() => {
  // PASSIVE never blocks the writer; what it cannot copy now waits for the next round.
  db.exec('PRAGMA wal_checkpoint(PASSIVE)');
}, intervalMs);

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
