import { describe, expect, it } from 'vitest';
import { periodAt, periodBefore } from './sample-period.ts';

describe('periodAt', () => {
  it('runs a monthly period from local midnight to local midnight', () => {
    const span = periodAt(Date.UTC(2026, 10, 15), 'monthly', 'America/Chicago');
    expect(span).toEqual({
      key: '2026-11',
      start: Date.UTC(2026, 10, 1, 5),
      end: Date.UTC(2026, 11, 1, 6),
    });
    expect(periodBefore(span, 'monthly', 'America/Chicago').key).toBe('2026-10');
  });

  it('names weeks by their Monday and quarters by number, across the year’s end', () => {
    expect(periodAt(Date.UTC(2026, 11, 31, 12), 'weekly', 'UTC').key).toBe('2026-12-28');
    expect(periodAt(Date.UTC(2026, 11, 31, 12), 'quarterly', 'UTC')).toEqual({
      key: '2026-Q4',
      start: Date.UTC(2026, 9, 1),
      end: Date.UTC(2027, 0, 1),
    });
    const january = periodAt(Date.UTC(2027, 0, 2), 'monthly', 'UTC');
    expect(periodBefore(january, 'monthly', 'UTC').key).toBe('2026-12');
  });
});
