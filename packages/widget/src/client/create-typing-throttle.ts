import type { Timers } from './socket/types.ts';

export interface TypingThrottle {
  /** The patron typed something. */
  input(): void;
  /** The patron sent the message or left: typing has stopped. */
  stop(): void;
}

/**
 * Turns keystrokes into at most one `typing: true` per `everyMs`, and one `typing: false` after
 * `idleMs` without a keystroke.
 *
 * @example
 * const typing = createTypingThrottle((active) => send({ type: 'typing', active }), timers);
 * textarea.oninput = () => typing.input();
 */
export function createTypingThrottle(
  send: (active: boolean) => void,
  timers: Timers,
  everyMs = 3000,
  idleMs = 4000,
): TypingThrottle {
  let active = false;
  let sentAt = Number.NEGATIVE_INFINITY;
  let idle: unknown;
  const stop = (): void => {
    if (idle !== undefined) timers.clearTimeout(idle);
    idle = undefined;
    if (active) send(false);
    active = false;
  };
  return {
    input() {
      const now = timers.now();
      if (!active || now - sentAt >= everyMs) {
        active = true;
        sentAt = now;
        send(true);
      }
      if (idle !== undefined) timers.clearTimeout(idle);
      idle = timers.setTimeout(stop, idleMs);
    },
    stop,
  };
}
