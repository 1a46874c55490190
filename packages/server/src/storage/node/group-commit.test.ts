import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeSqlite } from './sqlite.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function openGrouped() {
  const folder = mkdtempSync(join(tmpdir(), 'refdesk-group-commit-'));
  folders.push(folder);
  const db = openNodeSqlite(join(folder, 'test.db'), { durability: 'group' });
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
  return db;
}

describe('group commit', () => {
  it('does not report a sync with nothing new as done before the fdatasync in flight completes', async () => {
    const db = openGrouped();
    await db.sync();
    db.run('INSERT INTO notes (text) VALUES (?)', 'acknowledged only once on disk');
    const order: string[] = [];
    const first = db.sync().then(() => order.push('the sync of the write'));
    const second = db.sync().then(() => order.push('a sync with nothing new'));
    await Promise.all([first, second]);
    expect(order).toEqual(['the sync of the write', 'a sync with nothing new']);
    db.close();
  });

  it('resolves a sync at once when nothing was written and nothing is syncing', async () => {
    const db = openGrouped();
    await db.sync();
    await expect(db.sync()).resolves.toBeUndefined();
    db.close();
  });
});
