import type { Millis } from '../model.ts';

/** Time, injected so routing runs on a fake clock in tests. */
export interface Clock {
  now(): Millis;
  /** Returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}
