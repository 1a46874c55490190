/**
 * `INSERT INTO table (a, b) VALUES (?, ?)` for the given columns, in order.
 *
 * @example
 * insertSql('scripts', ['id', 'title']); // 'INSERT INTO scripts (id, title) VALUES (?, ?)'
 */
export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

/**
 * `UPDATE table SET b = ?, c = ? WHERE a = ?`: every column but the key, then the key. Bind the
 * values with {@link keyLast}.
 *
 * @example
 * updateSql('chats', ['id', 'state']); // 'UPDATE chats SET state = ? WHERE id = ?'
 */
export function updateSql(table: string, columns: readonly string[]): string {
  const [key, ...rest] = columns;
  if (key === undefined) throw new Error('updateSql needs at least a key column');
  return `UPDATE ${table} SET ${rest.map((name) => `${name} = ?`).join(', ')} WHERE ${key} = ?`;
}

/**
 * Reorders values bound in column order (key first) for {@link updateSql} (key last).
 *
 * @example
 * db.run(updateSql('chats', CHAT_COLUMNS), ...keyLast(chatValues(chat)));
 */
export function keyLast<T>(values: readonly T[]): T[] {
  const [key, ...rest] = values;
  return key === undefined ? [] : [...rest, key];
}
