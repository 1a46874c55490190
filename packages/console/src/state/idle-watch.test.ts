import { afterEach, describe, expect, it } from 'vitest';
import { createIdleWatch, type IdleWatch } from './idle-watch.ts';

describe('createIdleWatch', () => {
  let watch: IdleWatch | undefined;
  afterEach(() => watch?.dispose());

  function setup(available = true) {
    let now = 0;
    let away = 0;
    const target = new EventTarget();
    watch = createIdleWatch({
      target,
      idleMs: 600_000,
      warnMs: 60_000,
      isAvailable: () => available,
      goAway: () => away++,
      now: () => now,
    });
    return { at: (ms: number) => (now = ms), target, away: () => away, watch };
  }

  it('warns a minute before, then sets an idle responder away', () => {
    const { at, away, watch } = setup();
    at(539_000);
    watch.tick();
    expect(watch.secondsLeft.value).toBeNull();
    at(545_000);
    watch.tick();
    expect(watch.secondsLeft.value).toBe(55);
    at(600_000);
    watch.tick();
    expect(away()).toBe(1);
    expect(watch.secondsLeft.value).toBeNull();
  });

  it('starts over on any key or pointer activity', () => {
    const { at, away, target, watch } = setup();
    at(560_000);
    watch.tick();
    expect(watch.secondsLeft.value).toBe(40);
    target.dispatchEvent(new Event('keydown'));
    expect(watch.secondsLeft.value).toBeNull();
    at(700_000);
    watch.tick();
    expect(away()).toBe(0);
  });

  it('leaves a responder who is already away alone', () => {
    const { at, away, watch } = setup(false);
    at(10_000_000);
    watch.tick();
    expect(away()).toBe(0);
    expect(watch.secondsLeft.value).toBeNull();
  });

  it('does not count the warning dialog taking focus as activity, so the responder still goes away', () => {
    const { at, away, target, watch } = setup();
    at(545_000);
    watch.tick();
    target.dispatchEvent(new Event('focusin'));
    expect(watch.secondsLeft.value).toBe(55);
    at(600_000);
    watch.tick();
    expect(away()).toBe(1);
  });
});
