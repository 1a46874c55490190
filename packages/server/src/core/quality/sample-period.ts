import type { SamplePeriod } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import { addDays, localDate, zonedInstant } from '../schedules/zoned-time.ts';

/** One sample period in the cooperative's time zone: chats started in [start, end). */
export interface PeriodSpan {
  /** `2026-11` (monthly), `2026-Q4` (quarterly), `2026-11-30` (weekly: its Monday). */
  key: string;
  start: Millis;
  end: Millis;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first local date of the period holding `date`, and the first of the next one. */
function bounds(date: string, period: SamplePeriod, weekday: number): [string, string] {
  const [year = 0, month = 1] = date.split('-').map(Number);
  switch (period) {
    case 'weekly': {
      const monday = addDays(date, -((weekday + 6) % 7));
      return [monday, addDays(monday, 7)];
    }
    case 'monthly':
      return [
        `${year}-${pad(month)}-01`,
        month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`,
      ];
    case 'quarterly': {
      const first = month - ((month - 1) % 3);
      return [
        `${year}-${pad(first)}-01`,
        first === 10 ? `${year + 1}-01-01` : `${year}-${pad(first + 3)}-01`,
      ];
    }
  }
}

function keyOf(start: string, period: SamplePeriod): string {
  const [year = 0, month = 1] = start.split('-').map(Number);
  if (period === 'monthly') return start.slice(0, 7);
  if (period === 'quarterly') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return start;
}

/**
 * The sample period holding `at`, from local midnight to local midnight in `timeZone`.
 *
 * @example
 * periodAt(Date.UTC(2026, 10, 15), 'monthly', 'UTC'); // { key: '2026-11', start: Nov 1, end: Dec 1 }
 */
export function periodAt(at: Millis, period: SamplePeriod, timeZone: string): PeriodSpan {
  const { date, day } = localDate(at, timeZone);
  const [first, next] = bounds(date, period, day);
  return {
    key: keyOf(first, period),
    start: zonedInstant(first, 0, timeZone),
    end: zonedInstant(next, 0, timeZone),
  };
}

/** The period just before `span`. */
export function periodBefore(span: PeriodSpan, period: SamplePeriod, timeZone: string) {
  // Any instant of the day before the period's first midnight lies in the previous period.
  return periodAt(span.start - 12 * 60 * 60 * 1000, period, timeZone);
}
