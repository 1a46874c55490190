import { type ReadonlySignal, signal } from '@preact/signals';

export interface IdleWatchOptions {
  /**
   * Where activity is heard: keys, pointer, wheel. Not focus: the warning dialog moves focus to its
   * own buttons, and that must not count as the responder being back.
   */
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** Without activity for this long, the responder goes away. Default 10 minutes. */
  idleMs?: number;
  /** The warning shows this long before. Default 60 s. */
  warnMs?: number;
  /** Whether there is anything to leave: only an available responder is moved to away. */
  isAvailable(): boolean;
  goAway(): void;
  now?: () => number;
}

export interface IdleWatch {
  /** Seconds until away, while the warning shows; null otherwise. */
  secondsLeft: ReadonlySignal<number | null>;
  /** "I'm still here." */
  stillHere(): void;
  /** Checks the time; runs every second on its own, tests call it directly. */
  tick(): void;
  dispose(): void;
}

const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/**
 * Moves an available responder to away after a long quiet spell, with a warning first, so
 * patrons are not offered to a librarian who stepped away from the desk.
 *
 * @example
 * const idle = createIdleWatch({ target: window, isAvailable: () => status !== 'away', goAway });
 */
export function createIdleWatch(options: IdleWatchOptions): IdleWatch {
  const idleMs = options.idleMs ?? 10 * 60_000;
  const warnMs = options.warnMs ?? 60_000;
  const now = options.now ?? (() => Date.now());
  const secondsLeft = signal<number | null>(null);
  let lastActivity = now();
  const active = () => {
    lastActivity = now();
    if (secondsLeft.value !== null) secondsLeft.value = null;
  };
  const tick = () => {
    if (!options.isAvailable()) {
      lastActivity = now();
      secondsLeft.value = null;
      return;
    }
    const left = idleMs - (now() - lastActivity);
    if (left <= 0) {
      secondsLeft.value = null;
      lastActivity = now();
      options.goAway();
    } else if (left <= warnMs) secondsLeft.value = Math.ceil(left / 1000);
  };
  for (const name of EVENTS) options.target.addEventListener(name, active, { passive: true });
  const interval = setInterval(tick, 1000);
  return {
    secondsLeft,
    stillHere: active,
    tick,
    dispose() {
      clearInterval(interval);
      for (const name of EVENTS) options.target.removeEventListener(name, active);
    },
  };
}
