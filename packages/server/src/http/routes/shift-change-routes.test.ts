import type { CoverageGrid, Occurrence, ShiftChange } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

// The harness clock: Monday 30 November 2026, 09:00 in Chicago (Springfield and the cooperative).
const NEXT_MONDAY_9 = Date.UTC(2026, 11, 7, 15);
const NEXT_TUESDAY_9 = Date.UTC(2026, 11, 8, 15);
const weekly = (responderId: string, day: number) => ({
  responderId,
  kind: 'weekly',
  day,
  startMinute: 540,
  endMinute: 720,
});

async function anaOnMondays(): Promise<string> {
  const booked = await (await h.as('cora')).post('/api/schedules/shifts', weekly('demo-ana', 1));
  return (await json<{ id: string }>(booked)).id;
}

async function occurrencesOf(actor: 'ana' | 'ben', responder?: string) {
  const query = responder ? `?responder=${responder}` : '';
  const response = await (await h.as(actor)).get(`/api/schedules/occurrences${query}`);
  return (await json<{ occurrences: Occurrence[] }>(response)).occurrences;
}

const gridHolders = async (at: number) => {
  const grid = await json<CoverageGrid>(
    await (await h.as('dev')).get('/api/schedules/grid?week=2026-12-06'),
  );
  return grid.slots.find((slot) => slot.startsAt === at)?.shifts.map((s) => s.responderName);
};

describe('giving up a shift and claiming it', () => {
  it('keeps Ana on the grid while her offer is open, and puts Ben there once he claims it', async () => {
    const shiftId = await anaOnMondays();
    const mine = await occurrencesOf('ana');
    // Today's 09:00 has started: the coming four weeks from it.
    expect(mine.map((o) => o.startsAt).slice(0, 2)).toEqual([
      Date.UTC(2026, 10, 30, 15),
      NEXT_MONDAY_9,
    ]);
    const ana = await h.as('ana');
    const offered = await ana.post('/api/schedules/changes', {
      kind: 'give_up',
      shiftId,
      startsAt: NEXT_MONDAY_9,
    });
    expect(offered.status).toBe(201);
    const change = await json<ShiftChange>(offered);
    expect(change).toMatchObject({ status: 'offered', fromName: 'Ana Alvarez', toId: null });
    expect(await gridHolders(NEXT_MONDAY_9)).toEqual(['Ana Alvarez']);
    const again = { kind: 'give_up', shiftId, startsAt: NEXT_MONDAY_9 };
    expect((await ana.post('/api/schedules/changes', again)).status).toBe(409);
    const started = { kind: 'give_up', shiftId, startsAt: Date.UTC(2026, 10, 30, 15) };
    expect((await ana.post('/api/schedules/changes', started)).status).toBe(403);

    const ben = await h.as('ben');
    const pool = await json<{ changes: ShiftChange[] }>(await ben.get('/api/schedules/changes'));
    expect(pool.changes.map((c) => c.id)).toEqual([change.id]);
    const claim = await ben.post(`/api/schedules/changes/${change.id}/actions`, {
      action: 'claim',
    });
    expect(claim.status).toBe(200);
    expect(await json<ShiftChange>(claim)).toMatchObject({
      status: 'claimed',
      toName: 'Ben Brooks',
    });
    expect(await gridHolders(NEXT_MONDAY_9)).toEqual(['Ben Brooks']);
    expect((await occurrencesOf('ben')).map((o) => [o.startsAt, o.takenFromName])).toEqual([
      [NEXT_MONDAY_9, 'Ana Alvarez'],
    ]);
    const cora = await h.as('cora');
    const late = await cora.post(`/api/schedules/changes/${change.id}/actions`, {
      action: 'claim',
    });
    expect(late.status).toBe(409);
  });

  it('lets Ana withdraw her offer, and nobody else but her library’s admin', async () => {
    const shiftId = await anaOnMondays();
    const ana = await h.as('ana');
    const body = { kind: 'give_up', shiftId, startsAt: NEXT_MONDAY_9 };
    const change = await json<ShiftChange>(await ana.post('/api/schedules/changes', body));
    const withdraw = { action: 'withdraw' };
    const path = `/api/schedules/changes/${change.id}/actions`;
    expect((await (await h.as('ben')).post(path, withdraw)).status).toBe(403);
    expect((await ana.post(path, withdraw)).status).toBe(200);
    expect((await (await h.as('ben')).post(path, { action: 'claim' })).status).toBe(409);
  });
});

describe('swapping shifts', () => {
  it('exchanges Ana’s Monday and Ben’s Tuesday once Ben accepts and, where asked, an admin approves', async () => {
    const anaShift = await anaOnMondays();
    const bens = await (await h.as('dev')).post('/api/schedules/shifts', weekly('demo-ben', 2));
    const benShift = (await json<{ id: string }>(bens)).id;
    const cora = await h.as('cora');
    const settings = { swapApproval: true, backups: [] };
    expect((await cora.put('/api/schedules/library-settings/springfield', settings)).status).toBe(
      200,
    );
    const ana = await h.as('ana');
    const proposed = await ana.post('/api/schedules/changes', {
      kind: 'swap',
      shiftId: anaShift,
      startsAt: NEXT_MONDAY_9,
      partnerId: 'demo-ben',
      partnerShiftId: benShift,
      partnerStartsAt: NEXT_TUESDAY_9,
    });
    expect(proposed.status).toBe(201);
    const { id } = await json<ShiftChange>(proposed);
    const path = `/api/schedules/changes/${id}/actions`;
    expect((await cora.post(path, { action: 'accept' })).status).toBe(403);
    const accepted = await (await h.as('ben')).post(path, { action: 'accept' });
    expect(await json<ShiftChange>(accepted)).toMatchObject({ status: 'awaiting_approval' });
    expect(await gridHolders(NEXT_MONDAY_9)).toEqual(['Ana Alvarez']);
    expect((await (await h.as('ben')).post(path, { action: 'approve' })).status).toBe(403);
    const approved = await cora.post(path, { action: 'approve' });
    expect(await json<ShiftChange>(approved)).toMatchObject({
      status: 'approved',
      decidedByName: 'Cora Chen',
    });
    expect(await gridHolders(NEXT_MONDAY_9)).toEqual(['Ben Brooks']);
    expect(await gridHolders(NEXT_TUESDAY_9)).toEqual(['Ana Alvarez']);
    const history = await json<{ changes: ShiftChange[] }>(
      await cora.get('/api/schedules/changes'),
    );
    expect(history.changes.map((c) => [c.kind, c.status])).toEqual([['swap', 'approved']]);
  });

  it('refuses a backup who is not of the cooperative, and a swap with nobody', async () => {
    const cora = await h.as('cora');
    const bad = { swapApproval: false, backups: ['nobody'] };
    expect((await cora.put('/api/schedules/library-settings/springfield', bad)).status).toBe(400);
    const shiftId = await anaOnMondays();
    const swap = { kind: 'swap', shiftId, startsAt: NEXT_MONDAY_9, partnerId: 'demo-ana' };
    expect((await (await h.as('ana')).post('/api/schedules/changes', swap)).status).toBe(400);
  });
});

describe('my shifts as iCalendar, after a claim', () => {
  it('leaves the given-up occurrence out of Ana’s calendar and puts it in Ben’s', async () => {
    const shiftId = await anaOnMondays();
    const ana = await h.as('ana');
    const offer = { kind: 'give_up', shiftId, startsAt: NEXT_MONDAY_9 };
    const change = await json<ShiftChange>(await ana.post('/api/schedules/changes', offer));
    const ben = await h.as('ben');
    await ben.post(`/api/schedules/changes/${change.id}/actions`, { action: 'claim' });
    const anaIcs = await (await ana.get('/api/schedules/shifts/mine.ics')).text();
    expect(anaIcs).toMatch(/EXDATE;TZID=America\/Chicago:20261207T090000/);
    const benIcs = await (await ben.get('/api/schedules/shifts/mine.ics')).text();
    expect(benIcs).toContain('DTSTART;TZID=America/Chicago:20261207T090000');
    expect(benIcs).not.toContain('RRULE');
    expect(benIcs).toContain('taken over from Ana Alvarez');
  });
});
