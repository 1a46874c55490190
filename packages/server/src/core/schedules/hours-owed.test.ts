import { describe, expect, it } from 'vitest';
import { effectiveHoursOwed } from './hours-owed.ts';
import { SPRINGFIELD } from './schedule-fixtures.ts';

const tiers = [
  { minSize: 0, hours: 2 },
  { minSize: 25_000, hours: 4 },
  { minSize: 100_000, hours: 8 },
];

describe('effectiveHoursOwed', () => {
  it('uses the hours the coordinator set directly over any tier', () => {
    expect(effectiveHoursOwed({ libraryId: SPRINGFIELD, hoursOwed: 5, size: 200_000 }, tiers)).toBe(
      5,
    );
  });

  it('reads the biggest tier the library’s size reaches', () => {
    expect(
      effectiveHoursOwed({ libraryId: SPRINGFIELD, hoursOwed: null, size: 40_000 }, tiers),
    ).toBe(4);
    expect(
      effectiveHoursOwed({ libraryId: SPRINGFIELD, hoursOwed: null, size: 100_000 }, tiers),
    ).toBe(8);
  });

  it('owes nothing when neither hours nor a size is set', () => {
    expect(effectiveHoursOwed(undefined, tiers)).toBe(0);
    expect(effectiveHoursOwed({ libraryId: SPRINGFIELD, hoursOwed: null, size: null }, tiers)).toBe(
      0,
    );
  });
});
