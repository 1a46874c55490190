import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../testing/fake-clock.ts';
import { type BoundarySource, createRoomScheduler, DAY_MS } from './room-scheduler.ts';

/** A source with boundaries at fixed instants, recording when it was told to catch up. */
function fixedBoundaries(instants: number[]) {
  const ran: number[] = [];
  const source: BoundarySource & { ran: number[]; instants: number[] } = {
    ran,
    instants,
    next: (now) => source.instants.find((at) => at > now),
    due: (now) => ran.push(now),
  };
  return source;
}

describe('the room scheduler', () => {
  it('arms one timer for the earliest boundary of all its sources and fires on the instant', () => {
    const clock = createFakeClock(0);
    const scheduler = createRoomScheduler({ clock });
    const shifts = fixedBoundaries([5_000, 20_000]);
    const coverage = fixedBoundaries([8_000]);
    scheduler.register(shifts);
    scheduler.register(coverage);
    expect(clock.pendingTimers()).toBe(1);
    expect(scheduler.armedAt()).toBe(5_000);
    clock.advance(4_999);
    expect(shifts.ran).toEqual([]);
    clock.advance(1);
    expect(shifts.ran).toEqual([5_000]);
    expect(coverage.ran).toEqual([5_000]);
    expect(scheduler.armedAt()).toBe(8_000);
    clock.advance(15_000);
    expect(shifts.ran).toEqual([5_000, 8_000, 20_000]);
    expect(scheduler.armedAt()).toBeUndefined();
    expect(clock.pendingTimers()).toBe(0);
  });

  it('keeps the armed timer when re-armed for the same boundary, and moves it when the boundary moves', () => {
    const clock = createFakeClock(0);
    const scheduler = createRoomScheduler({ clock });
    const source = fixedBoundaries([10_000]);
    scheduler.register(source);
    scheduler.rearm();
    scheduler.rearm();
    expect(clock.pendingTimers()).toBe(1);
    source.instants = [3_000];
    scheduler.rearm();
    expect(clock.pendingTimers()).toBe(1);
    expect(scheduler.armedAt()).toBe(3_000);
    source.instants = [];
    scheduler.rearm();
    expect(clock.pendingTimers()).toBe(0);
  });

  it('re-checks at least daily when the next boundary is further away', () => {
    const clock = createFakeClock(0);
    const scheduler = createRoomScheduler({ clock });
    const source = fixedBoundaries([3 * DAY_MS + 7]);
    scheduler.register(source);
    expect(scheduler.armedAt()).toBe(DAY_MS);
    clock.advance(DAY_MS / 2);
    scheduler.rearm();
    expect(scheduler.armedAt()).toBe(DAY_MS);
    clock.advance(DAY_MS / 2);
    expect(source.ran).toEqual([DAY_MS]);
    expect(scheduler.armedAt()).toBe(2 * DAY_MS);
    clock.advance(2 * DAY_MS + 7);
    expect(source.ran).toEqual([DAY_MS, 2 * DAY_MS, 3 * DAY_MS, 3 * DAY_MS + 7]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('asks its sources to forget on a reset, and arms nothing once stopped', () => {
    const clock = createFakeClock(0);
    const scheduler = createRoomScheduler({ clock });
    let resets = 0;
    const source = { ...fixedBoundaries([10_000]), reset: () => resets++ };
    scheduler.register(source);
    scheduler.reset();
    expect(resets).toBe(1);
    scheduler.stop();
    scheduler.rearm();
    expect(scheduler.armedAt()).toBeUndefined();
    expect(clock.pendingTimers()).toBe(0);
  });
});
