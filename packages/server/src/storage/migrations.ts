import { SCHEMA_ACCOUNTS } from './schema-accounts.ts';
import { SCHEMA_CHAT_SEARCH_DEFERRED } from './schema-chat-search-deferred.ts';
import { SCHEMA_FOLLOW_UP_DUTIES } from './schema-follow-up-duties.ts';
import { SCHEMA_FOLLOW_UP_REFERRALS } from './schema-follow-up-referrals.ts';
import { SCHEMA_PRIVACY } from './schema-privacy.ts';
import { SCHEMA_PRIVACY_BLOCKS } from './schema-privacy-blocks.ts';
import { SCHEMA_PROVISIONING } from './schema-provisioning.ts';
import { SCHEMA_QUALITY } from './schema-quality.ts';
import { SCHEMA_REPORT_CHATS } from './schema-report-chats.ts';
import { SCHEMA_SAMPLES_SURVEYS } from './schema-samples-surveys.ts';
import { SCHEMA_SCHEDULES } from './schema-schedules.ts';
import { SCHEMA_SHIFT_CHANGES } from './schema-shift-changes.ts';
import { SCHEMA_SYSTEM_LINES } from './schema-system-lines.ts';
import { SCHEMA_V1 } from './schema-v1.ts';
import type { SqlDatabase } from './sql.ts';

export interface Migration {
  version: number;
  name: string;
  /** Plain DDL, runnable on Durable Object SQL: no PRAGMA, no ATTACH, no BEGIN/COMMIT. */
  sql: string;
}

/** Every schema change, in order. Append only: never edit a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: SCHEMA_V1 },
  {
    version: 2,
    name: 'chats_by_patron_email',
    // Earlier chats of a patron: same home library, same email in any case, newest first.
    sql: 'CREATE INDEX chats_by_patron_email ON chats (library_id, patron_email COLLATE NOCASE, created_at)',
  },
  { version: 3, name: 'provisioning', sql: SCHEMA_PROVISIONING },
  { version: 4, name: 'accounts', sql: SCHEMA_ACCOUNTS },
  {
    version: 5,
    name: 'policy_staff_only_audience',
    // Who reads a page's staff-only section; what was written before the choice existed stays
    // with the library's own staff (it may hold PINs meant for them alone).
    sql: `ALTER TABLE policy_pages ADD COLUMN staff_only_audience TEXT NOT NULL DEFAULT 'home_library'
  CHECK (staff_only_audience IN ('home_library', 'cooperative'))`,
  },
  { version: 7, name: 'quality_program', sql: SCHEMA_QUALITY },
  {
    version: 8,
    name: 'events_by_cooperative_kind_time',
    // Reports find a period's requests (queued) and status changes without reading every message.
    sql: 'CREATE INDEX events_by_cooperative_kind_time ON events (cooperative_id, kind, at)',
  },
  { version: 9, name: 'schedules', sql: SCHEMA_SCHEDULES },
  { version: 10, name: 'privacy', sql: SCHEMA_PRIVACY },
  { version: 11, name: 'follow_up_duties', sql: SCHEMA_FOLLOW_UP_DUTIES },
  { version: 12, name: 'quality_samples_and_surveys', sql: SCHEMA_SAMPLES_SURVEYS },
  { version: 13, name: 'shift_changes', sql: SCHEMA_SHIFT_CHANGES },
  { version: 14, name: 'privacy_blocks_ip_modes', sql: SCHEMA_PRIVACY_BLOCKS },
  { version: 15, name: 'follow_up_referrals', sql: SCHEMA_FOLLOW_UP_REFERRALS },
  {
    version: 16,
    name: 'chats_patron_left_at',
    // A patron who left the page on purpose: the queue lets the chat go after a grace period.
    sql: 'ALTER TABLE chats ADD COLUMN patron_left_at INTEGER',
  },
  { version: 17, name: 'chat_search_at_end', sql: SCHEMA_CHAT_SEARCH_DEFERRED },
  { version: 18, name: 'report_chats', sql: SCHEMA_REPORT_CHATS },
  { version: 22, name: 'message_system_lines', sql: SCHEMA_SYSTEM_LINES },
];

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL
)`;

/**
 * Brings the schema up to date: applies each migration not yet recorded in `schema_migrations`, one
 * transaction each. Safe to run on every start and from two processes at once.
 *
 * @example
 * const { applied } = migrate(db); // [1] on a new database, [] afterwards
 */
export function migrate(
  db: SqlDatabase,
  migrations: readonly Migration[] = MIGRATIONS,
): { applied: number[] } {
  assertOrdered(migrations);
  db.exec(CREATE_LEDGER);
  const newest = migrations.at(-1)?.version ?? 0;
  const recorded = db.get<{ version: number | null }>(
    'SELECT max(version) AS version FROM schema_migrations',
  );
  if ((recorded?.version ?? 0) > newest) {
    throw new Error(
      `The database is at schema version ${recorded?.version}, newer than this Refdesk knows (${newest}).`,
    );
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = db.transaction(() => {
      // Checked inside the transaction so a second process that waited for the lock skips it.
      const done = db.get('SELECT 1 FROM schema_migrations WHERE version = ?', migration.version);
      if (done !== undefined) return false;
      db.exec(migration.sql);
      db.run(
        'INSERT INTO schema_migrations (version, name) VALUES (?, ?)',
        migration.version,
        migration.name,
      );
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return { applied };
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1]?.version ?? 0;
    if (!Number.isInteger(migration.version) || migration.version <= previous) {
      throw new Error(`Migration versions must increase: ${migration.version} after ${previous}`);
    }
  });
}
