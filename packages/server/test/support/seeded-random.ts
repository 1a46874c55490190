/** A small deterministic random source: the same seed gives the same run. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
}

/**
 * mulberry32, seeded: enough to make a chaos run reproducible from its printed seed.
 *
 * @example
 * const random = createSeededRandom(Number(process.env.CHAOS_SEED ?? Date.now()));
 * const victim = clients[random.below(clients.length)];
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (n) => Math.floor(next() * n) };
}
