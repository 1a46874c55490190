import { assertSynchronous, type SqlDatabase, type SqlRow, type SqlValue } from '../sql.ts';

/** A value Durable Object SQL binds and returns (blobs come back as ArrayBuffer). */
type StoredValue = ArrayBuffer | string | number | null;

/**
 * The part of a Durable Object's storage (`ctx.storage`) this adapter uses. Declared here rather
 * than taken from @cloudflare/workers-types, so the adapter type-checks (and its tests run) with or
 * without the Workers types; the real `ctx.storage` satisfies it.
 */
export interface DurableObjectSqlStorage {
  sql: {
    exec(
      query: string,
      ...bindings: StoredValue[]
    ): { toArray(): Record<string, StoredValue>[]; readonly rowsWritten: number };
  };
  transactionSync<T>(closure: () => T): T;
}

/**
 * A Durable Object's own SQLite database behind the runtime-free SqlDatabase interface, so the
 * same migrations and stores run inside a cooperative's object. `transactionSync` nests through
 * savepoints, as the interface asks: an inner failure undoes only the inner writes.
 *
 * @example
 * export class CooperativeServer extends Server {
 *   stores = createStores(openDurableObjectSql(this.ctx.storage));
 * }
 */
export function openDurableObjectSql(storage: DurableObjectSqlStorage): SqlDatabase {
  const rows = (sql: string, params: SqlValue[]) =>
    storage.sql
      .exec(sql, ...params.map(toStored))
      .toArray()
      .map(fromStored);
  return {
    exec(sql) {
      storage.sql.exec(sql).toArray();
    },
    run(sql, ...params) {
      const cursor = storage.sql.exec(sql, ...params.map(toStored));
      cursor.toArray();
      // One storage call per write: SQLite's count is asked for only when a caller reads it, which
      // every caller does at once, before its next statement (the SqlDatabase contract). Nothing
      // written means nothing changed; otherwise `rowsWritten` also counts index rows, so SQLite's
      // own count is what callers mean.
      return {
        get changes() {
          if (cursor.rowsWritten === 0) return 0;
          const [counted] = rows('SELECT changes() AS changes', []);
          return Number(counted?.changes ?? 0);
        },
      };
    },
    all: <T extends SqlRow>(sql: string, ...params: SqlValue[]) => rows(sql, params) as T[],
    get: <T extends SqlRow>(sql: string, ...params: SqlValue[]) =>
      rows(sql, params)[0] as T | undefined,
    transaction: (work) =>
      storage.transactionSync(() => {
        const result = work();
        // Thrown inside, so the writes made before the first await roll back instead of committing.
        assertSynchronous(result);
        return result;
      }),
  };
}

function toStored(value: SqlValue): StoredValue {
  if (typeof value === 'bigint') {
    if (!Number.isSafeInteger(Number(value))) {
      throw new RangeError(`${value} does not fit a Durable Object SQL number`);
    }
    return Number(value);
  }
  if (value instanceof Uint8Array) {
    return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer;
  }
  return value;
}

function fromStored(row: Record<string, StoredValue>): SqlRow {
  const result: SqlRow = {};
  for (const [column, value] of Object.entries(row)) {
    result[column] = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
  }
  return result;
}
