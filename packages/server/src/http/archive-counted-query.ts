import type { ArchiveQuery } from '@refdesk/protocol';
import type { Library } from '../core/model.ts';
import type { ArchiveCounted } from '../core/ports/index.ts';
import { WAIT_BUCKETS } from '../core/reports/traffic-reports.ts';
import { zoneOffsets } from '../core/reports/zone-offsets.ts';
import { isTimeZone } from '../core/schedules/zoned-time.ts';
import type { AppDeps } from './app-deps.ts';
import { HttpError } from './http-error.ts';
import { homeCooperative } from './require-coordinator.ts';

/**
 * A report's drill-down in the archive's query (`counted`, `hour`, `fate`, `result`, `wait`,
 * `acceptedBy`, `answeredBy`), as the archive store filters it; undefined for a plain search.
 *
 * @example
 * countedFilter(deps, home, { counted: true, libraryId: 'springfield', fate: 'missed' });
 */
export function countedFilter(
  deps: AppDeps,
  home: Library,
  query: ArchiveQuery,
): ArchiveCounted | undefined {
  const { hour, fate, result, wait, acceptedBy, answeredBy } = query;
  const any = [hour, fate, result, wait, acceptedBy, answeredBy].some((x) => x !== undefined);
  if (!query.counted && !any) return undefined;
  const counted: ArchiveCounted = { fate, result, acceptedBy };
  if (hour !== undefined) {
    const timeZone = query.tz || homeCooperative(deps, home).timezone;
    if (!isTimeZone(timeZone)) throw new HttpError('validation', `tz: unknown time zone`);
    if (query.from === undefined || query.to === undefined || query.to <= query.from) {
      throw new HttpError('validation', 'hour: needs a period (from and to)');
    }
    counted.hour = { value: hour, offsets: zoneOffsets(query.from, query.to, timeZone) };
  }
  if (wait !== undefined) {
    counted.wait = {
      min: WAIT_BUCKETS[wait - 1]?.below ?? 0,
      below: WAIT_BUCKETS[wait]?.below ?? 0,
    };
  }
  if (answeredBy !== undefined) {
    const groups = new Map(
      deps.stores.directory.librariesOf(home.cooperativeId).map((l) => [l.id, l.groupId] as const),
    );
    counted.answeredBy = { tier: answeredBy, groups };
  }
  return counted;
}
