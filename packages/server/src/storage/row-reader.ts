import * as v from 'valibot';
import type { SqlRow, SqlValue } from './sql.ts';
import { StorageCorruptionError } from './storage-corruption-error.ts';

/** Typed, checked access to the columns of one row; every mismatch throws StorageCorruptionError. */
export interface RowReader {
  /** A TEXT column; `T` narrows to a branded id the storage layer itself wrote. */
  text<T extends string = string>(column: string): T;
  nullableText<T extends string = string>(column: string): T | null;
  number(column: string): number;
  nullableNumber(column: string): number | null;
  /** An INTEGER column holding 0 or 1. */
  bool(column: string): boolean;
  /** A TEXT column validated by a schema, e.g. a picklist. */
  parse<S extends v.GenericSchema<string>>(column: string, schema: S): v.InferOutput<S>;
  nullableParse<S extends v.GenericSchema<string>>(
    column: string,
    schema: S,
  ): v.InferOutput<S> | null;
  /** A TEXT column holding JSON, parsed and validated by a schema. */
  json<S extends v.GenericSchema>(column: string, schema: S): v.InferOutput<S>;
}

/**
 * Wraps a row read from `table`. `keyColumns` name the row in error messages.
 *
 * @example
 * const r = createRowReader('chats', row, ['id']);
 * const practice = r.bool('practice');
 */
export function createRowReader(table: string, row: SqlRow, keyColumns: string[]): RowReader {
  const rowKey = keyColumns.map((name) => String(row[name])).join('/');
  const fail = (column: string, problem: string): never => {
    throw new StorageCorruptionError(table, column, rowKey, problem);
  };
  const value = (column: string): SqlValue => {
    const found = row[column];
    return found === undefined ? fail(column, 'column missing from the result') : found;
  };
  const text = <T extends string>(column: string): T => {
    const found = value(column);
    return typeof found === 'string'
      ? (found as T)
      : fail(column, `expected text, got ${kind(found)}`);
  };
  const number = (column: string): number => {
    const found = value(column);
    if (typeof found === 'number' && Number.isFinite(found)) return found;
    if (typeof found === 'bigint' && Number.isSafeInteger(Number(found))) return Number(found);
    return fail(column, `expected a number, got ${kind(found)}`);
  };
  const parse = <S extends v.GenericSchema<string>>(column: string, schema: S) => {
    const result = v.safeParse(schema, text(column));
    return result.success ? result.output : fail(column, v.summarize(result.issues));
  };
  return {
    text,
    nullableText: <T extends string>(column: string) =>
      value(column) === null ? null : text<T>(column),
    number,
    nullableNumber: (column) => (value(column) === null ? null : number(column)),
    bool(column) {
      const found = number(column);
      return found === 1
        ? true
        : found === 0
          ? false
          : fail(column, `expected 0 or 1, got ${found}`);
    },
    parse,
    nullableParse: (column, schema) => (value(column) === null ? null : parse(column, schema)),
    json(column, schema) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text(column));
      } catch (error) {
        if (error instanceof StorageCorruptionError) throw error;
        return fail(column, `not valid JSON (${String(error)})`);
      }
      const result = v.safeParse(schema, parsed);
      return result.success ? result.output : fail(column, v.summarize(result.issues));
    },
  };
}

function kind(value: SqlValue): string {
  if (value === null) return 'null';
  return value instanceof Uint8Array ? 'a blob' : typeof value;
}
