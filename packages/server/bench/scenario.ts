import { createLoadState, type LoadState } from './load-state.ts';
import type { LoadTarget } from './load-target.ts';
import { mapConcurrently } from './map-concurrently.ts';
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
  /** Patron messages per second in the paced phase (each answered), and for how long. */
  pacedRate: number;
  pacedMs: number;
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
  paced: { rate: number; seconds: number; latency: Percentiles };
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
    const paced = await pace(plan, load);
    await control.checkpoint('paced', false);
    return { connectSeconds, route, exchange, paced, errors: target.errors() };
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

async function pace(plan: ScenarioPlan, load: LoadState): Promise<ScenarioResult['paced']> {
  load.enter('paced');
  load.samples = [];
  const total = Math.floor((plan.pacedMs / 1000) * plan.pacedRate);
  const started = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const pacer = setInterval(() => {
      const elapsed = performance.now() - started;
      const due = Math.min(total, Math.floor((elapsed / 1000) * plan.pacedRate));
      for (; sent < due; sent++) load.send(sent % plan.patrons);
      if (sent >= total) {
        clearInterval(pacer);
        resolve();
      }
    }, 2);
  });
  await load.waitFor(() => load.inFlight() === 0, DRAIN_MS);
  const seconds = (performance.now() - started) / 1000;
  return { rate: plan.pacedRate, seconds, latency: percentiles(load.samples) };
}
