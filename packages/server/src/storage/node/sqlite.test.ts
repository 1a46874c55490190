import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ids } from '../contract/fixtures.ts';
import { createStores } from '../open-storage.ts';
import { runStorageContract } from '../storage-contract.ts';
import { type NodeSqliteDatabase, openNodeSqlite } from './sqlite.ts';

const dir = mkdtempSync(join(tmpdir(), 'refdesk-storage-'));
const opened: NodeSqliteDatabase[] = [];
let files = 0;
const track = (db: NodeSqliteDatabase) => {
  opened.push(db);
  return db;
};
const newFile = () => {
  files += 1;
  return join(dir, `nested/dir/db-${files}.sqlite`);
};

// Closing every file database checkpoints its WAL: slow on a loaded 2-core machine.
afterAll(() => {
  for (const db of opened) db.close();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

runStorageContract('node:sqlite :memory:', () => track(openNodeSqlite(':memory:')));
runStorageContract('node:sqlite file', () => track(openNodeSqlite(newFile())));
runStorageContract('node:sqlite file, group commit', () =>
  track(openNodeSqlite(newFile(), { durability: 'group' })),
);

describe('openNodeSqlite on a file', () => {
  it('creates the parent directories and journals in WAL mode with full sync and foreign keys', () => {
    const db = track(openNodeSqlite(newFile()));
    expect(db.get('PRAGMA journal_mode')?.journal_mode).toBe('wal');
    expect(db.get('PRAGMA synchronous')?.synchronous).toBe(2);
    expect(db.get('PRAGMA foreign_keys')?.foreign_keys).toBe(1);
    expect(db.get('PRAGMA busy_timeout')?.timeout).toBeGreaterThan(0);
  });

  it('keeps committed data after the database is closed and opened again', () => {
    const path = newFile();
    const first = openNodeSqlite(path);
    createStores(first).room.setResponderStatus(ids.responder('r_durable'), 'local', 1);
    first.close();
    const second = track(openNodeSqlite(path));
    expect(createStores(second).room.responderStatus(ids.responder('r_durable'))).toBe('local');
  });

  it('keeps nothing of a transaction that threw, after reopening', () => {
    const path = newFile();
    const first = openNodeSqlite(path);
    const { room } = createStores(first);
    expect(() =>
      room.transaction(() => {
        room.setResponderStatus(ids.responder('r_lost'), 'local', 1);
        throw new Error('crash before commit');
      }),
    ).toThrow();
    first.close();
    const second = track(openNodeSqlite(path));
    expect(createStores(second).room.responderStatus(ids.responder('r_lost'))).toBeUndefined();
  });

  it('keeps a committed write when the writing process is killed with SIGKILL right after', () => {
    const path = newFile();
    const adapter = fileURLToPath(new URL('./sqlite.ts', import.meta.url));
    const child = `
      import { openNodeSqlite } from ${JSON.stringify(adapter)};
      const db = openNodeSqlite(${JSON.stringify(path)});
      db.exec('CREATE TABLE acks (id TEXT PRIMARY KEY)');
      db.transaction(() => db.run('INSERT INTO acks (id) VALUES (?)', 'acknowledged'));
      process.kill(process.pid, 'SIGKILL');
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '--eval', child]);
    expect(result.signal).toBe('SIGKILL');
    const db = track(openNodeSqlite(path));
    expect(db.all('SELECT id FROM acks')).toEqual([{ id: 'acknowledged' }]);
  });

  it('with group commit, keeps a write that sync() reported durable when the process is killed', () => {
    const path = newFile();
    const adapter = fileURLToPath(new URL('./sqlite.ts', import.meta.url));
    const child = `
      import { openNodeSqlite } from ${JSON.stringify(adapter)};
      const db = openNodeSqlite(${JSON.stringify(path)}, { durability: 'group' });
      db.exec('CREATE TABLE acks (id TEXT PRIMARY KEY)');
      db.transaction(() => db.run('INSERT INTO acks (id) VALUES (?)', 'acknowledged'));
      await db.sync();
      process.kill(process.pid, 'SIGKILL');
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '--eval', child]);
    expect(result.signal).toBe('SIGKILL');
    const db = track(openNodeSqlite(path));
    expect(db.all('SELECT id FROM acks')).toEqual([{ id: 'acknowledged' }]);
  });

  it('with group commit, commits the writes of one turn together by the end of the turn', async () => {
    const path = newFile();
    const db = track(openNodeSqlite(path, { durability: 'group' }));
    db.exec('CREATE TABLE acks (id TEXT PRIMARY KEY)');
    await new Promise((resolve) => setImmediate(resolve));
    const reader = track(openNodeSqlite(path));
    db.run('INSERT INTO acks (id) VALUES (?)', 'a1');
    db.transaction(() => db.run('INSERT INTO acks (id) VALUES (?)', 'a2'));
    expect(db.all('SELECT id FROM acks ORDER BY id')).toHaveLength(2);
    expect(reader.all('SELECT id FROM acks')).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reader.all('SELECT id FROM acks ORDER BY id')).toEqual([{ id: 'a1' }, { id: 'a2' }]);
  });

  it('refuses asynchronous transaction work instead of committing before it finishes', () => {
    const db = track(openNodeSqlite(':memory:'));
    expect(() => db.transaction(async () => 1)).toThrow(/synchronous/);
  });
});
