import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  it('grows exponentially from half a second and is capped at thirty seconds', () => {
    const high = (attempt: number) => backoffDelay(attempt, () => 1);
    expect([0, 1, 2, 3].map(high)).toEqual([500, 1000, 2000, 4000]);
    expect(high(12)).toBe(30_000);
    expect(high(1000)).toBe(30_000);
  });

  it('keeps at least half of the delay and randomises the rest', () => {
    expect(backoffDelay(3, () => 0)).toBe(2000);
    expect(backoffDelay(3, () => 0.5)).toBe(3000);
  });
});
