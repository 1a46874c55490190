/**
 * A stored row that cannot be what the schema promises: a JSON column that does not parse or has the
 * wrong shape, or a column of the wrong type. A broken invariant, not an expected outcome.
 *
 * @example
 * throw new StorageCorruptionError('libraries', 'settings', 'springfield', 'not valid JSON');
 */
export class StorageCorruptionError extends Error {
  override readonly name = 'StorageCorruptionError';
  readonly table: string;
  readonly column: string;

  constructor(table: string, column: string, rowKey: string, problem: string) {
    super(`Corrupt value in ${table}.${column} (row ${rowKey}): ${problem}`);
    this.table = table;
    this.column = column;
  }
}
