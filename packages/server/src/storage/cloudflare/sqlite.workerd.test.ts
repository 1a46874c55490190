import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { aroundEach, describe, expect, it } from 'vitest';
import type { SqlTestEnv } from '../../../test/workerd/sql-test-worker.ts';
import { runStorageContract } from '../storage-contract.ts';
import { openDurableObjectSql } from './sqlite.ts';

// Declared by vitest.workerd.config.ts, which the generated Cloudflare.Env type does not know.
const { SQL_TEST } = env as unknown as SqlTestEnv;

// Storage may only be used from inside its own object, so every test runs inside a fresh one.
let storage: DurableObjectStorage | undefined;
let objects = 0;
aroundEach(async (runTest) => {
  objects += 1;
  await runInDurableObject(SQL_TEST.getByName(`test-${objects}`), async (_object, state) => {
    storage = state.storage;
    try {
      await runTest();
    } finally {
      storage = undefined;
    }
  });
});

let opened: DurableObjectStorage | undefined;
function open() {
  if (!storage) throw new Error('storage is only available inside a test');
  if (opened === storage) throw new Error('one empty database per test: open() was called twice');
  opened = storage;
  return openDurableObjectSql(storage);
}

runStorageContract('Durable Object SQL in workerd', open);

describe('openDurableObjectSql', () => {
  it('refuses asynchronous transaction work and keeps none of its writes', () => {
    const db = open();
    db.exec('CREATE TABLE acks (id TEXT PRIMARY KEY)');
    expect(() =>
      db.transaction(async () => db.run('INSERT INTO acks (id) VALUES (?)', 'lost')),
    ).toThrow(/synchronous/);
    expect(db.all('SELECT id FROM acks')).toEqual([]);
  });

  it('counts the rows a statement changed, not the index entries it wrote', () => {
    const db = open();
    db.exec(
      'CREATE TABLE chats (id TEXT PRIMARY KEY, state TEXT); CREATE INDEX by_state ON chats (state)',
    );
    db.run('INSERT INTO chats (id, state) VALUES (?, ?), (?, ?)', 'a', 'queued', 'b', 'queued');
    expect(db.run('UPDATE chats SET state = ? WHERE id = ?', 'active', 'a')).toEqual({
      changes: 1,
    });
    expect(db.run('UPDATE chats SET state = ? WHERE id = ?', 'active', 'none')).toEqual({
      changes: 0,
    });
  });

  it('makes one storage call per write, and asks SQLite for the count only when it is read', () => {
    if (!storage) throw new Error('storage is only available inside a test');
    const real = storage;
    let calls = 0;
    const counted = {
      sql: {
        exec: (query: string, ...bindings: (ArrayBuffer | string | number | null)[]) => {
          calls += 1;
          return real.sql.exec(query, ...bindings);
        },
      },
      transactionSync: <T>(closure: () => T) => real.transactionSync(closure),
    };
    opened = real;
    const db = openDurableObjectSql(counted);
    db.exec('CREATE TABLE messages (chat TEXT, seq INTEGER, PRIMARY KEY (chat, seq))');
    calls = 0;
    db.run('INSERT INTO messages (chat, seq) VALUES (?, ?)', 'a', 1);
    expect(calls).toBe(1);
    const sql = 'INSERT INTO messages (chat, seq) VALUES (?, ?) ON CONFLICT DO NOTHING';
    expect(db.run(sql, 'a', 2).changes).toBe(1);
    expect(calls).toBe(3);
    // An ignored conflict wrote nothing: its count needs no second call.
    expect(db.run(sql, 'a', 2).changes).toBe(0);
    expect(calls).toBe(4);
    expect(db.run('DELETE FROM messages WHERE chat = ?', 'a').changes).toBe(2);
  });

  it('binds and returns blobs as bytes and safe big integers as numbers', () => {
    const db = open();
    const row = db.get('SELECT ? AS blob, ? AS big', new Uint8Array([1, 2, 255]), 2n ** 40n);
    expect(row).toEqual({ blob: new Uint8Array([1, 2, 255]), big: 2 ** 40 });
    expect(() => db.get('SELECT ? AS big', 2n ** 60n)).toThrow(RangeError);
  });
});
