import type { FollowUpRecord, Library } from '../model.ts';
import { localDate } from '../schedules/zoned-time.ts';

/** An open or claimed follow-up whose deadline has come, in its library's time zone. */
export interface FollowUpDue {
  followUp: FollowUpRecord;
  overdue: boolean;
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
  const today = localDate(now, library.timezone).date;
  return followUps
    .filter((entry) => entry.status !== 'closed' && entry.deadline !== null)
    .filter((entry) => (entry.deadline ?? '') <= today)
    .map((followUp) => ({ followUp, overdue: (followUp.deadline ?? '') < today }))
    .sort((a, b) => (a.followUp.deadline ?? '').localeCompare(b.followUp.deadline ?? ''));
}
