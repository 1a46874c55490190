import { ScriptScopeSchema } from '@refdesk/protocol';
import type { ScriptRecord, ScriptStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const SCRIPT_COLUMNS = [
  'id',
  'cooperative_id',
  'scope',
  'library_id',
  'group_id',
  'responder_id',
  'title',
  'text',
];
const SELECT_SCRIPT = `SELECT ${SCRIPT_COLUMNS.join(', ')} FROM scripts`;
// Everything of the cooperative except other responders' personal scripts: personal first, then
// library scripts grouped by library, group scripts by group, then the cooperative's.
const VISIBLE = `${SELECT_SCRIPT}
  WHERE cooperative_id = ? AND (scope <> 'personal' OR responder_id = ?)
  ORDER BY CASE scope WHEN 'personal' THEN 0 WHEN 'library' THEN 1 WHEN 'group' THEN 2 ELSE 3 END,
    library_id, group_id, title, id`;
const UPSERT = `${insertSql('scripts', SCRIPT_COLUMNS)} ON CONFLICT (id) DO UPDATE SET
  cooperative_id = excluded.cooperative_id, scope = excluded.scope,
  library_id = excluded.library_id, group_id = excluded.group_id, responder_id = excluded.responder_id,
  title = excluded.title, text = excluded.text`;

/**
 * Canned messages over SQL. `saveScript` inserts or replaces by id.
 *
 * @example
 * const scripts = createSqlScriptStore(db);
 * const mine = scripts.scriptsVisibleTo(responder, cooperativeId);
 */
export function createSqlScriptStore(db: SqlDatabase): ScriptStore {
  return {
    scriptsVisibleTo: (responder, cooperativeId) =>
      db.all(VISIBLE, cooperativeId, responder.id).map(scriptFromRow),
    script(id) {
      const row = db.get(`${SELECT_SCRIPT} WHERE id = ?`, id);
      return row === undefined ? undefined : scriptFromRow(row);
    },
    saveScript(script) {
      db.run(
        UPSERT,
        script.id,
        script.cooperativeId,
        script.scope,
        script.libraryId,
        script.groupId,
        script.responderId,
        script.title,
        script.text,
      );
    },
    deleteScript(id) {
      db.run('DELETE FROM scripts WHERE id = ?', id);
    },
  };
}

function scriptFromRow(row: SqlRow): ScriptRecord {
  const r = createRowReader('scripts', row, ['id']);
  return {
    id: r.text('id'),
    cooperativeId: r.text('cooperative_id'),
    scope: r.parse('scope', ScriptScopeSchema),
    libraryId: r.nullableText('library_id'),
    groupId: r.nullableText('group_id'),
    responderId: r.nullableText('responder_id'),
    title: r.text('title'),
    text: r.text('text'),
  };
}
