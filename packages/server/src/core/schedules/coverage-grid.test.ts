import { describe, expect, it } from 'vitest';
import { coverageGrid } from './coverage-grid.ts';
import { expectedNow } from './expected-now.ts';
import { ANA, CORA, shift } from './schedule-fixtures.ts';
import { shiftOccurrences } from './shift-occurrences.ts';

describe('coverageGrid', () => {
  const shifts = [
    shift(),
    shift({ id: 's2', responderId: CORA, startMinute: 11 * 60, endMinute: 13 * 60 }),
  ];

  it('cuts the week into 30-minute slots and flags those under the minimum staffing', () => {
    const week = '2026-12-06';
    const occurrences = shiftOccurrences(shifts, [], Date.UTC(2026, 11, 6), Date.UTC(2026, 11, 14));
    const slots = coverageGrid(occurrences, week, 'America/New_York', 1);
    expect(slots).toHaveLength(336);
    const monday9 = slots[48 + 18];
    expect(monday9?.startsAt).toBe(Date.UTC(2026, 11, 7, 14));
    expect(monday9?.gap).toBe(false);
    expect(slots[48 + 22]?.occurrences).toHaveLength(2);
    expect(slots[48 + 17]?.gap).toBe(true);
    expect(slots.filter((slot) => !slot.gap)).toHaveLength(8);
  });

  it('has 334 slots in the week the clocks spring forward', () => {
    expect(coverageGrid([], '2026-03-08', 'America/New_York', 0)).toHaveLength(334);
  });
});

describe('expectedNow', () => {
  it('lists who is on shift now, the ones not online first', () => {
    const occurrences = shiftOccurrences(
      [shift(), shift({ id: 's2', responderId: CORA, startMinute: 11 * 60, endMinute: 13 * 60 })],
      [],
      Date.UTC(2026, 11, 6),
      Date.UTC(2026, 11, 14),
    );
    const now = Date.UTC(2026, 11, 7, 16, 30);
    const got = expectedNow(occurrences, now, (id) => id === ANA);
    expect(got.map((e) => [e.occurrence.shift.responderId, e.online])).toEqual([
      [CORA, false],
      [ANA, true],
    ]);
    expect(expectedNow(occurrences, Date.UTC(2026, 11, 7, 18), () => true)).toEqual([]);
  });
});
