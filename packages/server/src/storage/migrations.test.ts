import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations.ts';

describe('migrations', () => {
  it('are numbered 1, 2, 3... in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('use only SQL that Durable Object storage accepts: no PRAGMA, ATTACH, version probes or explicit transactions', () => {
    for (const { sql } of MIGRATIONS) {
      expect(sql).not.toMatch(
        /\b(PRAGMA|ATTACH|DETACH|sqlite_version|BEGIN|COMMIT|SAVEPOINT|VACUUM)\b/i,
      );
    }
  });
});
