import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { COUNTERS, GAUGES, HISTOGRAMS } from '../../core/metrics/metric-catalogue.ts';
import {
  type GaugeSample,
  type RoomGauges,
  sampleRoomGauges,
} from '../../core/metrics/room-gauges.ts';
import type { CounterName, HistogramName, Metrics } from '../../core/ports/index.ts';
import type { CooperativeRoom } from '../../core/room/cooperative-room.ts';
import type { MetricsEndpoint } from '../../http/app-deps.ts';
import type { SocketKind } from '../../realtime/socket-guard.ts';

export interface NodeMetrics extends Metrics, MetricsEndpoint {
  /** A socket of `kind` opened (+1) or closed (-1). */
  socket(kind: SocketKind, delta: 1 | -1): void;
}

function fill(gauge: Gauge, samples: GaugeSample[]): void {
  gauge.reset();
  for (const sample of samples) gauge.set(sample.labels, sample.value);
}

/**
 * The Node runtime's metrics in a prom-client registry of its own: the catalogue's counters and
 * histograms (reported by the rooms and the app), gauges sampled from the rooms at each scrape,
 * open sockets, and prom-client's default process metrics (event-loop lag, memory, GC).
 *
 * @example
 * const metrics = createNodeMetrics({ rooms: () => registry.rooms(), now: () => Date.now() });
 * const text = (await metrics.render()).body;
 */
export function createNodeMetrics(source: {
  rooms(): Iterable<CooperativeRoom>;
  now(): number;
}): NodeMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const counters = new Map<CounterName, Counter>();
  for (const [name, { help, labels }] of Object.entries(COUNTERS)) {
    const counter = new Counter({ name, help, labelNames: labels, registers: [registry] });
    counters.set(name as CounterName, counter);
  }
  const histograms = new Map<HistogramName, Histogram>();
  for (const [name, { help, labels, buckets }] of Object.entries(HISTOGRAMS)) {
    const histogram = new Histogram({
      name,
      help,
      labelNames: labels,
      buckets,
      registers: [registry],
    });
    histograms.set(name as HistogramName, histogram);
  }
  // One sample of the rooms per scrape, shared by the gauges collected in it.
  let sampled: { at: number; gauges: RoomGauges[] } | undefined;
  const rooms = (): RoomGauges[] => {
    const now = source.now();
    if (sampled?.at !== now) {
      const gauges = [...source.rooms()].map((room) => sampleRoomGauges(room.context, now));
      sampled = { at: now, gauges };
    }
    return sampled.gauges;
  };
  const roomGauge = (name: keyof typeof GAUGES, pick: (gauges: RoomGauges) => GaugeSample[]) =>
    new Gauge({
      name,
      help: GAUGES[name].help,
      labelNames: GAUGES[name].labels,
      registers: [registry],
      collect() {
        fill(this, rooms().flatMap(pick));
      },
    });
  roomGauge('refdesk_queue_length', (g) => g.queueLength);
  roomGauge('refdesk_queue_oldest_wait_seconds', (g) => g.oldestWaitSeconds);
  roomGauge('refdesk_responders_online', (g) => g.respondersOnline);
  const sockets = new Gauge({
    name: 'refdesk_sockets_open',
    help: GAUGES.refdesk_sockets_open.help,
    labelNames: GAUGES.refdesk_sockets_open.labels,
    registers: [registry],
  });
  sockets.set({ kind: 'patron' }, 0);
  sockets.set({ kind: 'responder' }, 0);
  return {
    count: (name, labels) => counters.get(name)?.inc(labels),
    observe: (name, value, labels) => histograms.get(name)?.observe(labels ?? {}, value),
    socket: (kind, delta) => sockets.inc({ kind }, delta),
    render: async () => ({ body: await registry.metrics(), contentType: registry.contentType }),
  };
}
