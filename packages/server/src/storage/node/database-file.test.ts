import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { badDatabases, cooperativeDatabase } from '../../../test/support/database-files.ts';
import { createStores } from '../open-storage.ts';
import { DatabaseFileError, inspectDatabaseFile, REFDESK_APPLICATION_ID } from './database-file.ts';
import { openRefdeskDatabase } from './open-refdesk-database.ts';
import { openNodeSqlite } from './sqlite.ts';

let folder: string;
let file: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'refdesk-dbfile-'));
  file = join(folder, 'refdesk.db');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function refusal(open: () => unknown): DatabaseFileError {
  try {
    open();
  } catch (error) {
    if (error instanceof DatabaseFileError) return error;
    throw error;
  }
  throw new Error('the database was opened');
}

describe('opening a database file', () => {
  it('creates a missing file stamped with Refdesk application id, when asked to', () => {
    const db = openRefdeskDatabase(join(folder, 'new/dir/refdesk.db'), { missing: 'create' });
    createStores(db).db;
    expect(db.get('PRAGMA application_id')?.application_id).toBe(REFDESK_APPLICATION_ID);
    db.close();
  });

  it('refuses a missing file with the hint it was given, and creates nothing', () => {
    const error = refusal(() => openRefdeskDatabase(file, { missing: { refuse: 'run init' } }));
    expect(error.code).toBe('missing');
    expect(error.message).toContain('run init');
    expect(() => statSync(file)).toThrow();
  });

  it.each([
    ['empty', 'a file truncated to 0 bytes', /is empty \(0 bytes\)/],
    ['random', 'random bytes', /is not a SQLite database/],
    ['foreign', "another application's SQLite", /another application/],
    ['damaged', 'a database with a page overwritten', /is damaged/],
  ] as const)('refuses %s (%s) and leaves the file as it was', (kind, _what, message) => {
    badDatabases[kind](file);
    const before = readFileSync(file);
    const error = refusal(() => openRefdeskDatabase(file, { missing: 'create' }));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('accepts a database of an earlier Refdesk (no application id yet) and stamps it', () => {
    const old = openNodeSqlite(file);
    createStores(old);
    old.close();
    expect(inspectDatabaseFile(file)).toEqual({ kind: 'refdesk', stamped: false });
    openRefdeskDatabase(file, { missing: { refuse: 'no' } }).close();
    expect(inspectDatabaseFile(file)).toEqual({ kind: 'refdesk', stamped: true });
  });

  it('finds the damage of an overwritten page with the full integrity check too', () => {
    badDatabases.damaged(file);
    const state = inspectDatabaseFile(file, 'full');
    expect(state.kind === 'refused' && state.error.code).toBe('damaged');
  });

  it('opens a database it made, with its data', () => {
    cooperativeDatabase(file);
    const db = openRefdeskDatabase(file, { missing: { refuse: 'no' } });
    expect(db.get('SELECT name FROM cooperatives')?.name).toBe('Valley Libraries');
    db.close();
    const plain = new DatabaseSync(file);
    expect(plain.prepare('PRAGMA quick_check').get()?.quick_check).toBe('ok');
    plain.close();
  });
});
