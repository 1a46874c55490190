import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../../core/testing/fake-clock.ts';
import { createAlarmClock, FAR_MS } from './alarm-clock.ts';

function setup() {
  const base = createFakeClock(0);
  const booked: number[] = [];
  const clock = createAlarmClock(base, (at) => booked.push(at));
  return { base, booked, clock };
}

describe('a clock backed by a Durable Object alarm', () => {
  it('books the alarm for the earliest pending timer, and moves it only earlier', () => {
    const { booked, clock } = setup();
    clock.setTimeout(() => undefined, 30_000);
    clock.setTimeout(() => undefined, 90_000);
    clock.setTimeout(() => undefined, 10_000);
    expect(booked).toEqual([30_000, 10_000]);
  });

  it('books again once the booked time has passed, even if the alarm never rang', () => {
    const { base, booked, clock } = setup();
    clock.setTimeout(() => undefined, 10_000);
    base.advance(10_000);
    clock.setTimeout(() => undefined, 30_000);
    expect(booked).toEqual([10_000, 40_000]);
  });

  it('runs timers on the clock underneath and forgets them once they ran or were cleared', () => {
    const { base, clock } = setup();
    const ran: string[] = [];
    clock.setTimeout(() => ran.push('tier'), 30_000);
    const idle = clock.setTimeout(() => ran.push('idle'), 90_000);
    clock.clearTimeout(idle);
    base.advance(30_000);
    expect(ran).toEqual(['tier']);
    expect(clock.nextDeadline()).toBeUndefined();
  });

  it('books the next pending timer when the alarm rings, and nothing when none is left', () => {
    const { base, booked, clock } = setup();
    clock.setTimeout(() => undefined, 10_000);
    clock.setTimeout(() => undefined, 60_000);
    base.advance(10_000);
    clock.alarmRang();
    expect(booked.at(-1)).toBe(60_000);
    base.advance(50_000);
    booked.length = 0;
    clock.alarmRang();
    expect(booked).toEqual([]);
  });

  it('leaves a timer hours away to the alarm alone, so the object may hibernate meanwhile', () => {
    const { base, booked, clock } = setup();
    const ran: string[] = [];
    clock.setTimeout(() => ran.push('sample draw'), 3 * 60 * 60_000);
    expect(base.pendingTimers()).toBe(0);
    expect(booked).toEqual([3 * 60 * 60_000]);
    base.advance(3 * 60 * 60_000 - 1);
    clock.alarmRang();
    expect(ran).toEqual([]);
    base.advance(1);
    clock.alarmRang();
    expect(ran).toEqual(['sample draw']);
    expect(clock.nextDeadline()).toBeUndefined();
  });

  it('forgets a far timer that was cleared before the alarm rang', () => {
    const { base, clock } = setup();
    const ran: string[] = [];
    const handle = clock.setTimeout(() => ran.push('far'), FAR_MS + 1);
    clock.clearTimeout(handle);
    base.advance(FAR_MS + 1);
    clock.alarmRang();
    expect(ran).toEqual([]);
  });
});
