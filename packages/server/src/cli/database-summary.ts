import { statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/** What a backup or a restored database holds, as `backup` and `restore` report it. */
export interface DatabaseSummary {
  bytes: number;
  schemaVersion: number;
  counts: Record<'cooperatives' | 'libraries' | 'responders' | 'chats' | 'messages', number>;
}

const COUNTED = ['cooperatives', 'libraries', 'responders', 'chats', 'messages'] as const;

/**
 * Size, schema version and row counts of a Refdesk database file, read-only.
 *
 * @example
 * const { bytes, counts } = summarizeDatabase('/backups/refdesk-2026-12-03.db');
 */
export function summarizeDatabase(path: string): DatabaseSummary {
  const db = new DatabaseSync(path, { readOnly: true, timeout: 5_000 });
  try {
    const count = (table: string) =>
      Number(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0);
    const version = db.prepare('SELECT max(version) AS v FROM schema_migrations').get()?.v;
    return {
      bytes: statSync(path).size,
      schemaVersion: Number(version ?? 0),
      counts: Object.fromEntries(
        COUNTED.map((table) => [table, count(table)]),
      ) as DatabaseSummary['counts'],
    };
  } finally {
    db.close();
  }
}

/** `12.3 MB, 2 cooperatives, 5 libraries, ...` */
export function describeSummary(summary: DatabaseSummary): string {
  const size =
    summary.bytes < 1024 * 1024
      ? `${(summary.bytes / 1024).toFixed(1)} KB`
      : `${(summary.bytes / 1024 / 1024).toFixed(1)} MB`;
  const counts = Object.entries(summary.counts).map(([table, n]) => `${n} ${table}`);
  return `${size}, schema version ${summary.schemaVersion}: ${counts.join(', ')}`;
}
