import { describe, expect, it } from 'vitest';
import { closureInterval, isClosedAt, nextClosureBoundary } from './closures.ts';
import { closure, SHELBYVILLE, SPRINGFIELD } from './schedule-fixtures.ts';

describe('closures', () => {
  it('spans whole local days in the zone, with the DST change inside', () => {
    expect(closureInterval('2026-03-07', '2026-03-08', 'America/New_York')).toEqual({
      startsAt: Date.UTC(2026, 2, 7, 5),
      endsAt: Date.UTC(2026, 2, 9, 4),
    });
  });

  it('closes its own library, or every library when it is the cooperative’s', () => {
    const own = [closure('2026-12-24', '2026-12-24')];
    const at = Date.UTC(2026, 11, 24, 15);
    expect(isClosedAt(own, SPRINGFIELD, at)).toBe(true);
    expect(isClosedAt(own, SHELBYVILLE, at)).toBe(false);
    expect(
      isClosedAt([closure('2026-12-24', '2026-12-24', { libraryId: null })], SHELBYVILLE, at),
    ).toBe(true);
    expect(isClosedAt(own, SPRINGFIELD, Date.UTC(2026, 11, 25, 5))).toBe(false);
  });

  it('names the next instant a closure starts or ends', () => {
    const closures = [closure('2026-12-24', '2026-12-24')];
    expect(nextClosureBoundary(closures, Date.UTC(2026, 11, 1))).toBe(Date.UTC(2026, 11, 24, 5));
    expect(nextClosureBoundary(closures, Date.UTC(2026, 11, 24, 5))).toBe(
      Date.UTC(2026, 11, 25, 5),
    );
    expect(nextClosureBoundary(closures, Date.UTC(2026, 11, 25, 5))).toBeUndefined();
  });
});
