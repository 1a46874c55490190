/**
 * The delay before reconnect attempt `attempt` (0-based): exponential from half a second, capped at
 * 30 s, with "equal jitter": half of it fixed, half random, so a server restart does not get every
 * client back in the same instant, and no client retries in a tight loop.
 *
 * @example
 * setTimeout(connect, backoffDelay(attempt++, Math.random));
 */
export function backoffDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
