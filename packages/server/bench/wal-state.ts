import { existsSync, readFileSync, statSync } from 'node:fs';

/** A SQLite file's write-ahead log as seen from outside the server that writes it. */
export interface WalState {
  /** The WAL file's size on disk (it is reused, not truncated, after a checkpoint). */
  walBytes: number;
  /** Frames (pages) committed to the WAL and not yet copied into the database file. */
  checkpointLagFrames: number;
  checkpointLagBytes: number;
}

// The wal-index (the `-shm` file) is shared memory mapped from that file, so reading the file
// reads what SQLite's connections see: its header's mxFrame (the last valid frame) and the
// checkpoint info's nBackfill (frames already copied back). Native byte order (little-endian
// here); see "WAL-index Format" in SQLite's file format documentation.
const PAGE_SIZE_AT = 14;
const MAX_FRAME_AT = 16;
const BACKFILL_AT = 96;
const FRAME_HEADER = 24;

/**
 * Reads the WAL's size and how far the checkpoints lag behind the commits, without opening a
 * connection (which could itself checkpoint).
 *
 * @example
 * const { checkpointLagFrames } = readWalState('/tmp/bench/refdesk.db');
 */
export function readWalState(dataPath: string): WalState {
  const wal = `${dataPath}-wal`;
  const shm = `${dataPath}-shm`;
  const walBytes = existsSync(wal) ? statSync(wal).size : 0;
  if (!existsSync(shm)) return { walBytes, checkpointLagFrames: 0, checkpointLagBytes: 0 };
  const index = readFileSync(shm).subarray(0, 136);
  const rawPage = index.readUInt16LE(PAGE_SIZE_AT);
  const pageSize = rawPage === 1 ? 65_536 : rawPage;
  const frames = Math.max(0, index.readUInt32LE(MAX_FRAME_AT) - index.readUInt32LE(BACKFILL_AT));
  return {
    walBytes,
    checkpointLagFrames: frames,
    checkpointLagBytes: frames * (pageSize + FRAME_HEADER),
  };
}
