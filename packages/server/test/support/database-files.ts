import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { CooperativeId } from '@refdesk/protocol';
import { openRefdeskDatabase } from '../../src/storage/node/open-refdesk-database.ts';
import { createStores } from '../../src/storage/open-storage.ts';

/** Files Refdesk must refuse, made the way they happen in the field. */
export const badDatabases = {
  /** A file truncated to 0 bytes (a full disk, a bad copy). */
  empty(path: string): void {
    writeFileSync(path, '');
  },
  /** Bytes that are not SQLite (a wrong --data, a half-downloaded file). */
  random(path: string): void {
    writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)));
  },
  /** A SQLite database of another application. */
  foreign(path: string): void {
    const db = new DatabaseSync(path);
    db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)');
    db.exec("INSERT INTO photos (caption) VALUES ('holiday')");
    db.close();
  },
  /** A Refdesk database with one of its table pages overwritten (bit rot, a torn copy). */
  damaged(path: string): void {
    cooperativeDatabase(path);
    const db = new DatabaseSync(path);
    const root = Number(
      db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'libraries'").get()?.rootpage,
    );
    const pageSize = Number(db.prepare('PRAGMA page_size').get()?.page_size);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.close();
    if (statSync(path).size < root * pageSize) throw new Error('the page is not in the file');
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
  },
};

/**
 * A Refdesk database with one cooperative and no demo data, as `refdesk init` leaves it.
 *
 * @example
 * cooperativeDatabase(join(folder, 'refdesk.db'));
 */
export function cooperativeDatabase(path: string): void {
  const db = openRefdeskDatabase(path, { missing: 'create' });
  const stores = createStores(db);
  stores.directory.insertCooperative({
    id: 'valley' as CooperativeId,
    name: 'Valley Libraries',
    policyFreshnessDays: 180,
    disclosureTemplate: 'A librarian from {responderLibrary} is helping.',
    disclosures: {},
    timezone: 'America/Chicago',
    localTimerSeconds: 30,
    groupTimerSeconds: 30,
  });
  db.close();
}

/**
 * Every byte SQLite keeps for a database, as text to search: the file and its write-ahead log.
 * Checkpoint first (`PRAGMA wal_checkpoint(TRUNCATE)`) to see what a copy of the file would hold.
 *
 * @example
 * expect(databaseBytes(path)).not.toContain('zebra.patron@example.org');
 */
export function databaseBytes(path: string): string {
  const wal = (() => {
    try {
      return readFileSync(`${path}-wal`);
    } catch {
      return Buffer.alloc(0);
    }
  })();
  return Buffer.concat([readFileSync(path), wal]).toString('latin1');
}
