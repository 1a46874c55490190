import type { Timers } from './types.ts';

/**
 * The platform's timers and clock, the default wherever `Timers` can be injected.
 *
 * @example
 * const timers = options.timers ?? realTimers;
 */
export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};
