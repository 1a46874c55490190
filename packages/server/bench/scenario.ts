import { runBurstScenario } from './burst-scenario.ts';
import { createLoadState, type LoadState } from './load-state.ts';
import type { LoadTarget } from './load-target.ts';
import { mapConcurrently } from './map-concurrently.ts';
import { type OpenLoopPoint, runOpenLoop } from './open-loop.ts';
import { runPageViewScenario } from './page-view-scenario.ts';
import { type Percentiles, percentiles } from './percentiles.ts';

export interface ScenarioPlan {
  patrons: number;
  responders: number;
  /** At most this many chats wait for a librarian at once; the next patron asks when one is taken. */
  waiting: number;
  /** Messages each way per chat in the exchange. */
  messages: number;
  /** The exchange stops here even if chats have not finished. */
  exchangeLimitMs: number;
  /**
   * The open loop's offered loads, patron messages/s (each answered): a number, or a share of
   * this target's closed-loop maximum such as `50%`.
   */
  rates: string[];
  /** Each point: not sampled for `warmupMs`, then sampled for `pointMs`. */
  warmupMs: number;
  pointMs: number;
  /** Sign-ins fired at once during paced traffic (0: skip; only targets with sign-in). */
  burst: number;
  /** The paced traffic of the burst scenario, patron messages/s. */
  burstRate: number;
  /** Widget loader downloads a second during the burst's paced traffic (0: skip). */
  pageViews: number;
  /** Paced traffic after everything else, in windows with a checkpoint after each (0: skip). */
  soakMs: number;
  soakRate: number;
}

/** How the scenario hands control to the bench's parent (server RSS and CPU are read there). */
export interface ScenarioControl {
  checkpoint(name: string, gc: boolean): Promise<void>;
  progress(text: string): void;
}

export interface ScenarioResult {
  connectSeconds: number;
  route: { chats: number; seconds: number; chatsPerSecond: number; complete: boolean };
  exchange: {
    messages: number;
    seconds: number;
    messagesPerSecond: number;
    latency: Percentiles;
    complete: boolean;
  };
  open: OpenLoopPoint[];
  /** The same paced load without and with a burst of sign-ins, and how long each sign-in took. */
  burst?: {
    signIns: number;
    /** Sign-ins refused (429 when the hashing queue was full, or timed out). */
    refused: number;
    signInMs: Percentiles;
    without: OpenLoopPoint;
    with: OpenLoopPoint;
  };
  /** The same paced load without and with widget page views (loader downloads) beside it. */
  pageViews?: {
    rate: number;
    views: number;
    /** Downloads that failed (not 200). */
    failed: number;
    /** What one download moved (gzipped). */
    bytes: number;
    viewMs: Percentiles;
    without: OpenLoopPoint;
    with: OpenLoopPoint;
  };
  /** The soak's windows, in order; the parent read the server after each (checkpoint `soak:i`). */
  soak?: OpenLoopPoint[];
  errors: number;
}

const ROUTE_LIMIT_MS = 180_000;
const DRAIN_MS = 5_000;

/**
 * The bench's traffic, the same for every target: R librarians and P patrons connect; patrons ask
 * (at most `waiting` unanswered at once) and every chat is accepted; every chat exchanges
 * `messages` each way in a closed loop (throughput, latency under full load); then a paced phase
 * measures latency at a fixed rate.
 *
 * @example
 * const result = await runScenario(createRawTarget(url, 100), plan, control);
 */
export async function runScenario(
  target: LoadTarget,
  plan: ScenarioPlan,
  control: ScenarioControl,
): Promise<ScenarioResult> {
  const load = createLoadState(plan.patrons, plan.responders);
  await target.prepare(plan.responders);
  await control.checkpoint('empty', true);
  const progress = setInterval(() => control.progress(load.describe()), 250);
  try {
    const connectSeconds = await connect(target, plan, load);
    await control.checkpoint('connected', true);
    const route = await routeAll(plan, load);
    await control.checkpoint('routed', false);
    const exchange = await exchangeAll(plan, load);
    await control.checkpoint('exchanged', false);
    const open = await openLoops(plan, load, exchange.messagesPerSecond / 2, control);
    const burst = await runBurstScenario(target, plan, load, control);
    const pageViews = await runPageViewScenario(target, plan, load, control);
    await control.checkpoint('open', false);
    const soak = plan.soakMs > 0 ? await runSoak(plan, load, control) : undefined;
    return {
      connectSeconds,
      route,
      exchange,
      open,
      ...(burst ? { burst } : {}),
      ...(pageViews ? { pageViews } : {}),
      ...(soak ? { soak } : {}),
      errors: target.errors(),
    };
  } finally {
    clearInterval(progress);
    load.closeAll();
  }
}

async function connect(target: LoadTarget, plan: ScenarioPlan, load: LoadState): Promise<number> {
  const started = performance.now();
  await mapConcurrently(plan.responders, 20, async (index) => {
    load.responderClients[index] = await target.connectResponder(index, load.responderEvents);
  });
  await mapConcurrently(plan.patrons, 100, async (index) => {
    load.patronClients[index] = await target.connectPatron(index, load.patronEvents(index));
  });
  return (performance.now() - started) / 1000;
}

async function routeAll(plan: ScenarioPlan, load: LoadState): Promise<ScenarioResult['route']> {
  load.enter('route');
  let asked = 0;
  const askMore = () => {
    while (asked < plan.patrons && asked - load.assigned < plan.waiting) {
      load.patronClients[asked++]?.ask();
    }
  };
  load.onAssigned = askMore;
  const started = performance.now();
  askMore();
  const complete = await load.waitFor(() => load.assigned === plan.patrons, ROUTE_LIMIT_MS);
  const seconds = (performance.now() - started) / 1000;
  return { chats: load.assigned, seconds, chatsPerSecond: load.assigned / seconds, complete };
}

async function exchangeAll(
  plan: ScenarioPlan,
  load: LoadState,
): Promise<ScenarioResult['exchange']> {
  load.enter('exchange');
  load.messages = plan.messages;
  load.samples = [];
  const delivered = load.delivered;
  const started = performance.now();
  const limit = setTimeout(() => {
    load.stopSending = true;
  }, plan.exchangeLimitMs);
  for (let patron = 0; patron < plan.patrons; patron++) load.send(patron);
  const done = await load.waitFor(
    () => load.finished === plan.patrons,
    plan.exchangeLimitMs + DRAIN_MS,
  );
  clearTimeout(limit);
  const seconds = (performance.now() - started) / 1000;
  const messages = load.delivered - delivered;
  return {
    messages,
    seconds,
    messagesPerSecond: messages / seconds,
    latency: percentiles(load.samples),
    complete: done && !load.stopSending,
  };
}

async function openLoops(
  plan: ScenarioPlan,
  load: LoadState,
  maxRate: number,
  control: ScenarioControl,
): Promise<OpenLoopPoint[]> {
  const points: OpenLoopPoint[] = [];
  for (const label of plan.rates) {
    const rate = label.endsWith('%')
      ? Math.max(1, Math.round((maxRate * Number(label.slice(0, -1))) / 100))
      : Number(label);
    control.progress(`open loop at ${rate} msg/s`);
    points.push(
      await runOpenLoop(load, plan.patrons, {
        label,
        rate,
        warmupMs: plan.warmupMs,
        measureMs: plan.pointMs,
      }),
    );
  }
  return points;
}

/** A soak window: 1/20 of the soak, between 5 s and a minute. */
export const soakWindowMs = (soakMs: number): number =>
  Math.min(60_000, Math.max(5_000, Math.round(soakMs / 20)));

/**
 * Paced traffic for `soakMs` in windows; before the first and after each, a checkpoint at which the
 * parent collects the server's garbage and reads its memory, WAL and event-loop delay.
 */
async function runSoak(
  plan: ScenarioPlan,
  load: LoadState,
  control: ScenarioControl,
): Promise<OpenLoopPoint[]> {
  const windowMs = soakWindowMs(plan.soakMs);
  const windows = Math.max(1, Math.round(plan.soakMs / windowMs));
  const points: OpenLoopPoint[] = [];
  await control.checkpoint('soak:0', true);
  for (let index = 1; index <= windows; index++) {
    control.progress(`soak window ${index}/${windows} at ${plan.soakRate} msg/s`);
    points.push(
      await runOpenLoop(load, plan.patrons, {
        label: `soak ${index}`,
        rate: plan.soakRate,
        warmupMs: 0,
        measureMs: windowMs,
      }),
    );
    await control.checkpoint(`soak:${index}`, true);
  }
  return points;
}
