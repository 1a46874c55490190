import { FieldModeSchema, LibraryKindSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import type { Library, LibrarySettings } from '../core/model.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlRow, SqlValue } from './sql.ts';

const CoverageWindowSchema = v.object({
  day: v.number(),
  startMinute: v.number(),
  endMinute: v.number(),
});

/** The shape of `libraries.settings`: exactly LibrarySettings. */
const LibrarySettingsSchema = v.object({
  nameField: FieldModeSchema,
  emailField: FieldModeSchema,
  privacyNote: v.string(),
  privacyPolicyUrl: v.exactOptional(v.string()),
  colour: v.string(),
  localTimerSeconds: v.number(),
  groupTimerSeconds: v.number(),
  coverage: v.array(CoverageWindowSchema),
  allowedOrigins: v.array(v.string()),
  shareEarlierChats: v.boolean(),
}) satisfies v.GenericSchema<unknown, LibrarySettings>;

/** The columns of `libraries`, key first, in the order of {@link libraryValues}. */
export const LIBRARY_COLUMNS = [
  'id',
  'cooperative_id',
  'group_id',
  'name',
  'kind',
  'timezone',
  'staffs_cooperative',
  'disabled',
  'settings',
] as const;

/**
 * A library's values in {@link LIBRARY_COLUMNS} order; settings become JSON.
 *
 * @example
 * db.run(insertSql('libraries', LIBRARY_COLUMNS), ...libraryValues(library));
 */
export function libraryValues(library: Library): SqlValue[] {
  return [
    library.id,
    library.cooperativeId,
    library.groupId,
    library.name,
    library.kind,
    library.timezone,
    library.staffsCooperative ? 1 : 0,
    library.disabled ? 1 : 0,
    JSON.stringify(library.settings),
  ];
}

/**
 * Maps a `libraries` row back to a record, validating the settings JSON.
 *
 * @example
 * const libraries = rows.map(libraryFromRow);
 */
export function libraryFromRow(row: SqlRow): Library {
  const r = createRowReader('libraries', row, ['id']);
  return {
    id: r.text('id'),
    cooperativeId: r.text('cooperative_id'),
    groupId: r.nullableText('group_id'),
    name: r.text('name'),
    kind: r.parse('kind', LibraryKindSchema),
    timezone: r.text('timezone'),
    staffsCooperative: r.bool('staffs_cooperative'),
    disabled: r.bool('disabled'),
    settings: r.json('settings', LibrarySettingsSchema),
  };
}
