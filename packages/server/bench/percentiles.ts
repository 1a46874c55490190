/** Latency figures in milliseconds. */
export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

/**
 * Nearest-rank percentiles of samples in milliseconds (sorts a copy).
 *
 * @example
 * percentiles([1, 2, 3, 4]).p50; // 2
 */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = Float64Array.from(samples).sort();
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return {
    count: sorted.length,
    p50: rank(50),
    p95: rank(95),
    p99: rank(99),
    p999: rank(99.9),
    max: sorted[sorted.length - 1] ?? 0,
  };
}
