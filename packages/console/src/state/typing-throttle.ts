export interface TypingThrottle {
  /** Call on every keystroke. */
  input(): void;
  /** The message went out or the composer closed. */
  stop(): void;
}

/**
 * Turns keystrokes into few typing frames: `true` on the first key, `false` after `idleMs` of
 * quiet or when stopped.
 *
 * @example
 * const typing = createTypingThrottle((active) => desk.setTyping(chatId, active));
 * textarea.oninput = () => typing.input();
 */
export function createTypingThrottle(
  send: (active: boolean) => void,
  idleMs = 3000,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): TypingThrottle {
  let active = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    if (active) {
      active = false;
      send(false);
    }
  };
  return {
    input() {
      if (!active) {
        active = true;
        send(true);
      }
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = timers.setTimeout(stop, idleMs);
    },
    stop,
  };
}
