import type { ChatId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { COOP, createRoomHarness, type RoomHarness } from '../../../test/support/room-harness.ts';
import { chat } from '../../storage/contract/fixtures.ts';
import type { Responder } from '../model.ts';
import type { QualityCaseRecord } from './quality-case.ts';
import { replaySampleDraw, runSampleDraw } from './run-sample-draw.ts';
import { periodAt } from './sample-period.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** September 1st 2026, 10:00 in Chicago (the harness cooperative's time zone). */
const START = Date.UTC(2026, 8, 1, 15);
const PERIODS = ['2026-09', '2026-10', '2026-11'] as const;

/** Who answers in which period: Gus joins in October, Carl answers in September only. */
const ACTIVE: Record<string, readonly string[]> = {
  ana: PERIODS,
  carl: ['2026-09'],
  dana: PERIODS,
  ben: PERIODS,
  eve: PERIODS,
  fay: PERIODS,
  gus: ['2026-10', '2026-11'],
};

function setup() {
  const h = createRoomHarness({}, { start: START });
  for (const id of ['springfield', 'shelbyville', 'ogdenville']) h.library(id);
  const staff: Responder[] = [
    h.responder('ana', 'springfield'),
    h.responder('carl', 'springfield'),
    h.responder('dana', 'springfield'),
    h.responder('ben', 'shelbyville'),
    h.responder('eve', 'shelbyville'),
    h.responder('fay', 'ogdenville'),
    h.responder('gus', 'ogdenville'),
  ];
  h.room.start();
  return { h, staff };
}

let counter = 0;
/** A period's chats: five answered by each active responder, plus practice and unanswered ones. */
function seedPeriod(h: RoomHarness, staff: readonly Responder[], period: string) {
  const from = h.clock.now();
  const add = (overrides: Parameters<typeof chat>[0]) => {
    const id = `c_${++counter}` as ChatId;
    const at = from + (counter % 20) * DAY + counter * 1000;
    h.stores.room.insertChat(
      chat({
        id,
        cooperativeId: COOP,
        libraryId: staff[counter % staff.length]?.libraryId ?? ('springfield' as never),
        resumeTokenHash: `h-${id}`,
        createdAt: at,
        waitingSince: at,
        state: 'ended',
        endedAt: at + HOUR,
        outcome: 'answered',
        ...overrides,
      }),
    );
    return id;
  };
  const practice: ChatId[] = [];
  for (const responder of staff) {
    if (!ACTIVE[responder.id]?.includes(period)) continue;
    for (let n = 0; n < 5; n++) add({ responderId: responder.id, assignedAt: from });
    practice.push(add({ responderId: responder.id, practice: true }));
  }
  add({ responderId: null, outcome: null, endReason: 'expired' });
  h.room.followUpsChanged();
  return practice;
}

function sampleCases(h: RoomHarness): QualityCaseRecord[] {
  return h.stores.quality.casesOfCooperative(COOP).filter((one) => one.source === 'sample');
}

function drawDeps(h: RoomHarness) {
  const cooperative = h.stores.directory.cooperative(COOP);
  if (!cooperative) throw new Error('no cooperative');
  return {
    cooperative,
    samples: h.stores.samples,
    directory: h.stores.directory,
    ids: { id: () => 'unused', secret: () => 'unused' },
  };
}

describe('the rotating random sample on the room scheduler', () => {
  it('draws each period at the next one’s start: every responder and library who answered, no chat twice, never practice', () => {
    const { h, staff } = setup();
    const practice: ChatId[] = [];
    for (const period of PERIODS) {
      practice.push(...seedPeriod(h, staff, period));
      // To the start of the next period, in Chicago, and a minute past it.
      const span = periodAt(h.clock.now(), 'monthly', 'America/Chicago');
      expect(span.key).toBe(period);
      h.clock.advance(span.end - h.clock.now() + 60_000);
      const draw = h.stores.samples.draws(COOP)[0];
      expect(draw).toMatchObject({ period, scheduled: true, drawnBy: null });
      const cases = sampleCases(h).filter((one) => one.sample?.drawId === draw?.id);
      const count = (subject: string) =>
        cases.filter((one) => one.sample?.subject === subject).length;
      for (const responder of staff) {
        const answered = ACTIVE[responder.id]?.includes(period);
        expect(count(`responder:${responder.id}`), `${period} ${responder.id}`).toBe(
          answered ? 2 : 0,
        );
      }
      for (const library of ['springfield', 'shelbyville', 'ogdenville']) {
        // Five chats per active responder, two of them drawn for the responder: the rest may be.
        const active = staff.filter(
          (one) => one.libraryId === library && ACTIVE[one.id]?.includes(period),
        ).length;
        expect(count(`library:${library}`), `${period} ${library}`).toBe(Math.min(5, 3 * active));
      }
      for (const one of cases) {
        const sampled = h.stores.transcripts.chat(one.chatId);
        expect(sampled?.practice).toBe(false);
        expect(sampled?.responderId).not.toBeNull();
        expect(sampled?.createdAt).toBeGreaterThanOrEqual(draw?.periodStart ?? 0);
        expect(sampled?.createdAt).toBeLessThan(draw?.periodEnd ?? 0);
        expect(one.state).toBe('new');
      }
    }
    const all = sampleCases(h);
    expect(new Set(all.map((one) => one.chatId)).size).toBe(all.length);
    expect(all.some((one) => practice.includes(one.chatId))).toBe(false);
    expect(h.stores.samples.draws(COOP)).toHaveLength(3);
    expect(all.map((one) => one.sample?.reason)).toContain('responder sample for Ben');
    expect(all.map((one) => one.sample?.reason)).toContain(
      'library sample for Springfield Library',
    );
  });

  it('rotates a library’s chats over its responders, so none has two more than another', () => {
    const { h, staff } = setup();
    seedPeriod(h, staff, '2026-09');
    h.clock.advance(31 * DAY);
    const cases = sampleCases(h);
    const byResponder = new Map<ResponderId, number>();
    for (const one of cases) {
      const responderId = h.stores.transcripts.chat(one.chatId)?.responderId;
      if (responderId) byResponder.set(responderId, (byResponder.get(responderId) ?? 0) + 1);
    }
    // Springfield: 6 responder picks and 5 library picks over Ana, Carl and Dana.
    expect(['ana', 'carl', 'dana'].map((id) => byResponder.get(id as ResponderId))).toEqual(
      expect.arrayContaining([4, 4, 3]),
    );
  });

  it('replays every draw from its stored seed to the same chats and reasons', () => {
    const { h, staff } = setup();
    for (const period of PERIODS) {
      seedPeriod(h, staff, period);
      h.clock.advance(periodAt(h.clock.now(), 'monthly', 'America/Chicago').end - h.clock.now());
    }
    const draws = h.stores.samples.draws(COOP);
    expect(draws).toHaveLength(3);
    for (const draw of draws) {
      const drawn = sampleCases(h)
        .filter((one) => one.sample?.drawId === draw.id)
        .map((one) => ({
          chatId: one.chatId,
          subject: one.sample?.subject,
          reason: one.sample?.reason,
        }))
        .sort((a, b) => a.chatId.localeCompare(b.chatId));
      const replayed = replaySampleDraw(drawDeps(h), draw).sort((a, b) =>
        a.chatId.localeCompare(b.chatId),
      );
      expect(replayed).toEqual(drawn);
      expect(replayed.length).toBeGreaterThan(0);
    }
  });

  it('tops up a period a coordinator drew on demand, never past its quotas or the same chat', () => {
    const { h, staff } = setup();
    seedPeriod(h, staff, '2026-09');
    h.clock.advance(25 * DAY);
    const deps = {
      ...drawDeps(h),
      ids: { id: (p: string) => `${p}_${++counter}`, secret: () => 's' },
    };
    const span = periodAt(h.clock.now(), 'monthly', 'America/Chicago');
    const first = runSampleDraw(deps, {
      span,
      now: h.clock.now(),
      by: staff[0]?.id ?? null,
      scheduled: false,
    });
    expect(first.cases.length).toBeGreaterThan(0);
    // Gus answers late in September: the draw at October's start samples him, and tops up the rest.
    h.clock.advance(60_000);
    const late = seedPeriodLate(h, 'gus');
    h.clock.advance(span.end - h.clock.now() + 60_000);
    const all = sampleCases(h);
    expect(new Set(all.map((one) => one.chatId)).size).toBe(all.length);
    const count = (subject: string) => all.filter((one) => one.sample?.subject === subject).length;
    for (const id of ['ana', 'carl', 'dana', 'ben', 'eve', 'fay', 'gus']) {
      expect(count(`responder:${id}`), id).toBe(2);
    }
    expect(all.filter((one) => late.includes(one.chatId)).length).toBeGreaterThanOrEqual(2);
    expect(count('library:ogdenville')).toBe(5);
  });

  it('keeps no timer for a cooperative with no answered chats', () => {
    const { h } = setup();
    expect(h.room.context.scheduler.armedAt()).toBeUndefined();
    h.clock.advance(95 * DAY);
    expect(h.stores.samples.draws(COOP)).toEqual([]);
  });
});

function seedPeriodLate(h: RoomHarness, responderId: string): ChatId[] {
  const made: ChatId[] = [];
  for (let n = 0; n < 5; n++) {
    const id = `c_late_${++counter}` as ChatId;
    const at = h.clock.now() + n * 1000;
    h.stores.room.insertChat(
      chat({
        id,
        cooperativeId: COOP,
        libraryId: 'ogdenville' as never,
        resumeTokenHash: `h-${id}`,
        createdAt: at,
        waitingSince: at,
        state: 'ended',
        endedAt: at + 500,
        responderId: responderId as ResponderId,
        outcome: 'answered',
      }),
    );
    made.push(id);
  }
  h.room.followUpsChanged();
  return made;
}
