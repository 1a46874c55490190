import type { CoverageGrid, ExpectedNow, Shift } from '@refdesk/protocol';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

// The harness clock: Monday 30 November 2026, 09:00 in Chicago (Springfield and the cooperative).
const anaMondays = {
  responderId: 'demo-ana',
  kind: 'weekly',
  day: 1,
  startMinute: 540,
  endMinute: 720,
};
const slotAt = (grid: CoverageGrid, at: number) => grid.slots.find((slot) => slot.startsAt === at);
const MONDAY_9 = Date.UTC(2026, 10, 30, 15);
const NEXT_MONDAY_9 = Date.UTC(2026, 11, 7, 15);

describe('booking shifts', () => {
  it('lets a library admin book a weekly shift that the librarian and the grid see', async () => {
    const response = await (await h.as('cora')).post('/api/schedules/shifts', anaMondays);
    expect(response.status).toBe(201);
    expect(await json<Shift>(response)).toMatchObject({
      libraryId: 'springfield',
      responderName: 'Ana Alvarez',
      timeZone: 'America/Chicago',
    });
    const ana = await h.as('ana');
    const mine = await json<{ shifts: Shift[] }>(await ana.get('/api/schedules/shifts/mine'));
    expect(mine.shifts.map((shift) => [shift.day, shift.startMinute])).toEqual([[1, 540]]);
    const grid = await json<CoverageGrid>(await ana.get('/api/schedules/grid'));
    expect(grid).toMatchObject({
      timeZone: 'America/Chicago',
      weekStart: '2026-11-29',
      minStaff: 1,
    });
    expect(slotAt(grid, MONDAY_9)).toMatchObject({
      gap: false,
      shifts: [{ responderName: 'Ana Alvarez' }],
    });
    expect(slotAt(grid, MONDAY_9 - 30 * 60_000)).toMatchObject({ gap: true, shifts: [] });
  });

  it('refuses a booking by a librarian, or by an admin for another library’s librarian', async () => {
    expect((await (await h.as('ana')).post('/api/schedules/shifts', anaMondays)).status).toBe(403);
    const ben = { ...anaMondays, responderId: 'demo-ben' };
    expect((await (await h.as('cora')).post('/api/schedules/shifts', ben)).status).toBe(403);
    expect((await (await h.as('dev')).post('/api/schedules/shifts', ben)).status).toBe(201);
  });

  it('refuses a shift that ends before it starts', async () => {
    const backwards = { ...anaMondays, startMinute: 600, endMinute: 540 };
    expect((await (await h.as('cora')).post('/api/schedules/shifts', backwards)).status).toBe(400);
  });
});

describe('my shifts as iCalendar', () => {
  it('exports a weekly shift at its local time in its zone, without the closed days', async () => {
    await (await h.as('cora')).post('/api/schedules/shifts', anaMondays);
    const closure = {
      libraryId: 'springfield',
      startDate: '2026-12-07',
      endDate: '2026-12-07',
      reason: 'Inventory',
    };
    expect((await (await h.as('cora')).post('/api/schedules/closures', closure)).status).toBe(201);
    const response = await (await h.as('ana')).get('/api/schedules/shifts/mine.ics');
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = events[0];
    const start = event?.getFirstProperty('dtstart');
    expect(start?.getParameter('tzid')).toBe('America/Chicago');
    expect(String(start?.getFirstValue())).toBe('2026-11-30T09:00:00');
    expect(String(event?.getFirstPropertyValue('dtend'))).toBe('2026-11-30T12:00:00');
    expect(String(event?.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY');
    expect(String(event?.getFirstPropertyValue('exdate'))).toBe('2026-12-07T09:00:00');
    expect(event?.getFirstPropertyValue('summary')).toBe(
      'Refdesk shift: Springfield Public Library',
    );
  });
});

describe('closures', () => {
  it('take the library out of the grid for the closed day', async () => {
    await (await h.as('cora')).post('/api/schedules/shifts', anaMondays);
    const dev = await h.as('dev');
    const week = '/api/schedules/grid?week=2026-12-06';
    expect(
      slotAt(await json<CoverageGrid>(await dev.get(week)), NEXT_MONDAY_9)?.shifts,
    ).toHaveLength(1);
    const closure = { startDate: '2026-12-07', endDate: '2026-12-07', reason: 'Snow' };
    expect((await (await h.as('cora')).post('/api/schedules/closures', closure)).status).toBe(403);
    expect((await dev.post('/api/schedules/closures', closure)).status).toBe(201);
    expect(slotAt(await json<CoverageGrid>(await dev.get(week)), NEXT_MONDAY_9)).toMatchObject({
      shifts: [],
      gap: true,
    });
  });
});

describe('hours owed', () => {
  it('reads a library’s hours from its size tier unless set directly, with the hours booked', async () => {
    const dev = await h.as('dev');
    await dev.put('/api/schedules/settings', {
      minStaff: 2,
      tiers: [
        { minSize: 0, hours: 2 },
        { minSize: 50_000, hours: 6 },
      ],
    });
    expect(
      (await dev.put('/api/schedules/hours/springfield', { hoursOwed: null, size: 60_000 })).status,
    ).toBe(204);
    await dev.put('/api/schedules/hours/shelbyville', { hoursOwed: 3.5, size: null });
    expect(
      (
        await (
          await h.as('cora')
        ).put('/api/schedules/hours/springfield', { hoursOwed: 1, size: null })
      ).status,
    ).toBe(403);
    await (await h.as('cora')).post('/api/schedules/shifts', anaMondays);
    const hours = await json<{ libraries: unknown[] }>(
      await (await h.as('cora')).get('/api/schedules/hours'),
    );
    expect(hours.libraries).toEqual([
      {
        libraryId: 'springfield',
        libraryName: 'Springfield Public Library',
        hoursOwed: null,
        size: 60_000,
        effectiveHours: 6,
        bookedHours: 3,
      },
    ]);
    const all = await json<{ libraries: { effectiveHours: number }[] }>(
      await dev.get('/api/schedules/hours'),
    );
    expect(all.libraries.map((library) => library.effectiveHours).sort()).toEqual([3.5, 6]);
  });
});

describe('expected now', () => {
  it('shows the coordinator who is on shift now and whether they are online', async () => {
    await (await h.as('cora')).post('/api/schedules/shifts', anaMondays);
    const now = await json<ExpectedNow>(await (await h.as('dev')).get('/api/schedules/now'));
    expect(now.expected).toEqual([
      expect.objectContaining({
        responderName: 'Ana Alvarez',
        online: false,
        endsAt: MONDAY_9 + 3 * 3_600_000,
      }),
    ]);
    expect((await (await h.as('ana')).get('/api/schedules/now')).status).toBe(403);
  });
});

describe('missed shifts and make-ups', () => {
  it('lists a missed shift as owed until a make-up is booked against it', async () => {
    const cora = await h.as('cora');
    const booked = await json<Shift>(await cora.post('/api/schedules/shifts', anaMondays));
    h.stores.schedules.insertMissedShift({
      id: 'missed_1',
      cooperativeId:
        h.stores.directory.library('springfield' as never)?.cooperativeId ?? ('' as never),
      shiftId: booked.id,
      libraryId: 'springfield' as never,
      responderId: 'demo-ana' as never,
      startsAt: MONDAY_9,
      endsAt: MONDAY_9 + 3 * 3_600_000,
      detectedAt: MONDAY_9 + 600_000,
      madeUpBy: null,
    });
    const missed = async () =>
      (
        await json<{ missed: { madeUpBy: string | null }[] }>(
          await cora.get('/api/schedules/missed'),
        )
      ).missed;
    expect(await missed()).toEqual([
      expect.objectContaining({ responderName: 'Ana Alvarez', madeUpBy: null }),
    ]);
    const forBen = { ...anaMondays, responderId: 'demo-ben', makeUpFor: 'missed_1' };
    expect((await (await h.as('dev')).post('/api/schedules/shifts', forBen)).status).toBe(400);
    const makeUp = {
      ...anaMondays,
      kind: 'once',
      day: undefined,
      date: '2026-12-05',
      makeUpFor: 'missed_1',
    };
    const response = await cora.post('/api/schedules/shifts', makeUp);
    expect(response.status).toBe(201);
    expect(await missed()).toEqual([
      expect.objectContaining({ madeUpBy: (await json<Shift>(response)).id }),
    ]);
    expect((await cora.post('/api/schedules/shifts', makeUp)).status).toBe(400);
    expect((await (await h.as('ana')).get('/api/schedules/missed')).status).toBe(403);
  });
});
