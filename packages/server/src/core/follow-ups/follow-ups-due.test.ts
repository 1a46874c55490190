import { describe, expect, it } from 'vitest';
import type { FollowUpRecord, Library } from '../model.ts';
import { localDate } from '../schedules/zoned-time.ts';
import { followUpsDue } from './follow-ups-due.ts';

const library = { timezone: 'America/Chicago' } as Library;
const followUp = (id: string, deadline: string | null, status = 'open') =>
  ({ id, deadline, status }) as FollowUpRecord;

describe('followUpsDue', () => {
  // 03:00 UTC on 1 January is still 31 December in Chicago.
  const now = Date.UTC(2026, 0, 1, 3);

  it('reads the date in the library’s time zone', () => {
    expect(localDate(now, 'America/Chicago').date).toBe('2025-12-31');
    expect(localDate(now, 'Europe/Paris').date).toBe('2026-01-01');
  });

  it('lists open and claimed follow-ups due today or earlier, overdue ones marked, earliest first', () => {
    const due = followUpsDue(
      library,
      [
        followUp('today', '2025-12-31', 'claimed'),
        followUp('late', '2025-12-20'),
        followUp('tomorrow', '2026-01-01'),
        followUp('done', '2025-12-01', 'closed'),
        followUp('whenever', null),
      ],
      now,
    );
    expect(due.map((d) => [d.followUp.id, d.overdue])).toEqual([
      ['late', true],
      ['today', false],
    ]);
  });

  it('counts a follow-up overdue once the library’s promise has passed, with or without a date', () => {
    const promises: Record<string, number> = {
      promised: now - 1,
      later: now + 1,
      dated: now - 1,
    };
    const due = followUpsDue(
      library,
      [followUp('promised', null), followUp('later', null), followUp('dated', '2025-12-31')],
      now,
      (id) => promises[id],
    );
    expect(due.map((d) => [d.followUp.id, d.overdue, d.date])).toEqual([
      ['promised', true, '2025-12-31'],
      ['dated', true, '2025-12-31'],
    ]);
  });
});
