/** A value SQLite stores and returns. */
export type SqlValue = string | number | bigint | null | Uint8Array;
export type SqlRow = Record<string, SqlValue>;

/**
 * The small synchronous SQL interface that both Node's `node:sqlite` and Durable Object SQL storage
 * (`ctx.storage.sql`) satisfy. Everything above the adapters speaks only this.
 *
 * @example
 * db.run('INSERT INTO meta (key, value) VALUES (?, ?)', 'seeded', '1');
 * const row = db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', 'seeded');
 */
export interface SqlDatabase {
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): void;
  /**
   * Runs one statement. Read `changes` (rows the statement changed) before the next statement: on
   * Durable Objects it is asked of SQLite only when read, so a write nobody counts costs one call.
   */
  run(sql: string, ...params: SqlValue[]): { readonly changes: number };
  all<T extends SqlRow = SqlRow>(sql: string, ...params: SqlValue[]): T[];
  get<T extends SqlRow = SqlRow>(sql: string, ...params: SqlValue[]): T | undefined;
  /** All writes of `work` land, or none. Nested calls join the outer transaction. */
  transaction<T>(work: () => T): T;
}

/**
 * Refuses a transaction's work that returned a promise: its writes after the first `await` would
 * land outside the transaction. Both adapters call it on what `work` returned.
 */
export function assertSynchronous(result: unknown): void {
  const thenable =
    typeof result === 'object' &&
    result !== null &&
    typeof (result as { then?: unknown }).then === 'function';
  if (thenable) throw new TypeError('transaction work must be synchronous');
}
