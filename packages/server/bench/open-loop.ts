import type { LoadState } from './load-state.ts';
import { type Percentiles, percentiles } from './percentiles.ts';

/** One point of an open loop: a fixed offered rate, sampled after a warm-up. */
export interface OpenLoopPoint {
  /** What was asked for: `1000` or `50%` (of this target's closed-loop maximum). */
  label: string;
  /** Patron messages offered per second, each answered by its librarian. */
  rate: number;
  seconds: number;
  /** Patron -> librarian delivery, from the time each message was meant to leave. */
  latency: Percentiles;
  /** Patron send -> ack, from the same time (targets that acknowledge). */
  ack?: Percentiles;
  /** Sampled messages still undelivered when the point ended (the target could not keep up). */
  undelivered: number;
}

export interface OpenLoopPlan {
  label: string;
  rate: number;
  warmupMs: number;
  measureMs: number;
  /** Started when the sampled window begins (the sign-in burst); the window lasts at least until it ends. */
  during?: () => Promise<unknown>;
}

const DRAIN_MS = 5_000;
const TICK_MS = 1;

/**
 * Offers `rate` patron messages a second, round-robin over the chats, each at its intended time
 * (start + i / rate) whatever happened to the ones before: no coordinated omission, latency is
 * measured from the intended time. The first `warmupMs` are not sampled.
 *
 * @example
 * const point = await runOpenLoop(load, 1000, { label: '1000', rate: 1000, warmupMs: 2000, measureMs: 10_000 });
 */
export async function runOpenLoop(
  load: LoadState,
  patrons: number,
  plan: OpenLoopPlan,
): Promise<OpenLoopPoint> {
  load.enter('open');
  load.samples = [];
  load.ackSamples = [];
  const interval = 1000 / plan.rate;
  const started = performance.now();
  load.recordFrom = started + plan.warmupMs;
  let sent = 0;
  let extra: Promise<unknown> | undefined;
  const planned = started + plan.warmupMs + plan.measureMs;
  let stop = planned;
  const before = load.inFlight();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      if (!extra && plan.during && now >= load.recordFrom) {
        extra = plan.during().finally(() => {
          stop = Math.max(planned, performance.now());
        });
        // Until it ends, the window stays open.
        stop = Number.POSITIVE_INFINITY;
      }
      const until = Math.min(now, stop);
      for (let at = started + sent * interval; at <= until; at = started + ++sent * interval) {
        load.send(sent % patrons, at);
      }
      if (now >= stop) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(tick, TICK_MS);
  });
  const measured = (performance.now() - load.recordFrom) / 1000;
  await load.waitFor(() => load.inFlight() <= before, DRAIN_MS);
  const undelivered = Math.max(0, load.inFlight() - before);
  const ack = percentiles(load.ackSamples);
  load.recordFrom = Number.POSITIVE_INFINITY;
  return {
    label: plan.label,
    rate: plan.rate,
    seconds: measured,
    latency: percentiles(load.samples),
    ...(ack.count > 0 ? { ack } : {}),
    undelivered,
  };
}
