import * as v from 'valibot';
import type { Cooperative, LibraryGroup } from '../core/model.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlRow, SqlValue } from './sql.ts';

/** The columns of `cooperatives`, key first, in the order of {@link cooperativeValues}. */
export const COOPERATIVE_COLUMNS = [
  'id',
  'name',
  'policy_freshness_days',
  'disclosure_template',
  'disclosures',
  'timezone',
  'local_timer_seconds',
  'group_timer_seconds',
] as const;

/** The columns of `library_groups`, key first. */
export const GROUP_COLUMNS = ['id', 'cooperative_id', 'name'] as const;

/**
 * A cooperative's values in {@link COOPERATIVE_COLUMNS} order; disclosures become JSON.
 *
 * @example
 * db.run(insertSql('cooperatives', COOPERATIVE_COLUMNS), ...cooperativeValues(cooperative));
 */
export function cooperativeValues(cooperative: Cooperative): SqlValue[] {
  return [
    cooperative.id,
    cooperative.name,
    cooperative.policyFreshnessDays,
    cooperative.disclosureTemplate,
    JSON.stringify(cooperative.disclosures),
    cooperative.timezone,
    cooperative.localTimerSeconds,
    cooperative.groupTimerSeconds,
  ];
}

/** Maps a `cooperatives` row back to a record, validating the disclosures JSON. */
export function cooperativeFromRow(row: SqlRow): Cooperative {
  const r = createRowReader('cooperatives', row, ['id']);
  return {
    id: r.text('id'),
    name: r.text('name'),
    policyFreshnessDays: r.number('policy_freshness_days'),
    disclosureTemplate: r.text('disclosure_template'),
    disclosures: r.json('disclosures', v.record(v.string(), v.string())),
    timezone: r.text('timezone'),
    localTimerSeconds: r.number('local_timer_seconds'),
    groupTimerSeconds: r.number('group_timer_seconds'),
  };
}

/** Maps a `library_groups` row back to a record. */
export function groupFromRow(row: SqlRow): LibraryGroup {
  const r = createRowReader('library_groups', row, ['id']);
  return { id: r.text('id'), cooperativeId: r.text('cooperative_id'), name: r.text('name') };
}
