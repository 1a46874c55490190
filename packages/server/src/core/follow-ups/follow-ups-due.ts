import type { FollowUpRecord, Library } from '../model.ts';

/** An open or claimed follow-up whose deadline has come, in its library's time zone. */
export interface FollowUpDue {
  followUp: FollowUpRecord;
  overdue: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (`YYYY-MM-DD`) at `now` in a time zone.
 *
 * @example
 * localDate(Date.UTC(2026, 0, 1, 3), 'America/Chicago'); // '2025-12-31'
 */
export function localDate(now: number, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

/**
 * A library's follow-ups due today or overdue (deadline before today), earliest deadline first.
 * Closed ones and those without a deadline are not due.
 *
 * @example
 * followUpsDue(library, store.followUpsOf(library.id), clock.now());
 */
export function followUpsDue(
  library: Library,
  followUps: FollowUpRecord[],
  now: number,
): FollowUpDue[] {
  const today = localDate(now, library.timezone);
  return followUps
    .filter((entry) => entry.status !== 'closed' && entry.deadline !== null)
    .filter((entry) => (entry.deadline ?? '') <= today)
    .map((followUp) => ({ followUp, overdue: (followUp.deadline ?? '') < today }))
    .sort((a, b) => (a.followUp.deadline ?? '').localeCompare(b.followUp.deadline ?? ''));
}
