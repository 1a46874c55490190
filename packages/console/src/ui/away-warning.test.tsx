import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdleWatch } from '../state/idle-watch.ts';
import { AwayWarning } from './away-warning.tsx';

afterEach(cleanup);

describe('AwayWarning', () => {
  it('counts down before the automatic away, and "I\'m still here" stops it', () => {
    let now = 0;
    let away = 0;
    const idle = createIdleWatch({
      target: new EventTarget(),
      idleMs: 60_000,
      warnMs: 30_000,
      isAvailable: () => true,
      goAway: () => away++,
      now: () => now,
    });
    const { rerender } = render(<AwayWarning idle={idle} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    now = 45_000;
    idle.tick();
    rerender(<AwayWarning idle={idle} />);
    expect(screen.getByRole('dialog', { name: 'Are you still there?' }).textContent).toContain(
      '15 s',
    );
    fireEvent.click(screen.getByRole('button', { name: "I'm still here" }));
    rerender(<AwayWarning idle={idle} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    now = 100_000;
    idle.tick();
    expect(away).toBe(0);
    idle.dispose();
  });
});
