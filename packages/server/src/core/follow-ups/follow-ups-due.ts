import type { FollowUpRecord, Library, Millis } from '../model.ts';
import { localDate } from '../schedules/zoned-time.ts';

/** An open or claimed follow-up whose deadline has come, in its library's time zone. */
export interface FollowUpDue {
  followUp: FollowUpRecord;
  overdue: boolean;
  /** The date it is due: the patron's deadline, else the day the library's promise ends. */
  date: string;
}

/**
 * A library's follow-ups due today or overdue (deadline before today), earliest deadline first.
 * With `promiseDueAt` (when the library's promise for a follow-up ends), a follow-up whose promise
 * has passed is overdue too, with or without the patron's date. Closed ones are never due.
 *
 * @example
 * followUpsDue(library, store.followUpsOf(library.id), clock.now(), (id) => duties.deadline(id)?.dueAt);
 */
export function followUpsDue(
  library: Library,
  followUps: FollowUpRecord[],
  now: number,
  promiseDueAt: (id: FollowUpRecord['id']) => Millis | undefined = () => undefined,
): FollowUpDue[] {
  const today = localDate(now, library.timezone).date;
  return followUps
    .filter((entry) => entry.status !== 'closed')
    .flatMap((followUp): FollowUpDue[] => {
      const promise = promiseDueAt(followUp.id);
      const promiseLate = promise !== undefined && promise <= now;
      const deadline = followUp.deadline;
      if (deadline !== null && deadline <= today) {
        return [{ followUp, overdue: deadline < today || promiseLate, date: deadline }];
      }
      if (promiseLate) {
        return [{ followUp, overdue: true, date: localDate(promise, library.timezone).date }];
      }
      return [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
