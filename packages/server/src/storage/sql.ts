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
  run(sql: string, ...params: SqlValue[]): { changes: number };
  all<T extends SqlRow = SqlRow>(sql: string, ...params: SqlValue[]): T[];
  get<T extends SqlRow = SqlRow>(sql: string, ...params: SqlValue[]): T | undefined;
  /** All writes of `work` land, or none. Nested calls join the outer transaction. */
  transaction<T>(work: () => T): T;
}
