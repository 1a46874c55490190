/** Label values of one series, e.g. `{ library: 'springfield', tier: 'local' }`. */
export type MetricLabels = Readonly<Record<string, string>>;

/** Counters the domain and the HTTP app report (names and labels: core/metrics/metric-catalogue.ts). */
export type CounterName =
  | 'refdesk_chats_started_total'
  | 'refdesk_chats_answered_total'
  | 'refdesk_chats_abandoned_total'
  | 'refdesk_chats_missed_total'
  | 'refdesk_refusals_total'
  | 'refdesk_sign_in_refusals_total';

/** Histograms the runtimes report. */
export type HistogramName = 'refdesk_ack_latency_seconds';

/**
 * Counters and histograms, provided by the runtime (prom-client on Node; nothing on Cloudflare,
 * which has no `/metrics`). Gauges are not pushed: the runtime samples the rooms when scraped
 * (core/metrics/room-gauges.ts), so the hot path pays nothing for them.
 *
 * @example
 * metrics.count('refdesk_chats_answered_total', { library: chat.record.libraryId });
 */
export interface Metrics {
  count(name: CounterName, labels: MetricLabels): void;
  observe(name: HistogramName, value: number, labels?: MetricLabels): void;
}

/** Reports nowhere: rooms and apps built without metrics (tests, Cloudflare). */
export const noMetrics: Metrics = {
  count: () => undefined,
  observe: () => undefined,
};
