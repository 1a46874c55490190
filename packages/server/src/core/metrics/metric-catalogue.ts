import type { CounterName, HistogramName } from '../ports/index.ts';

/** One metric as `/metrics` exposes it (docs/operations.md lists the same). */
export interface MetricDefinition {
  help: string;
  labels: readonly string[];
}

/** Every counter: name -> help and label names. */
export const COUNTERS: Record<CounterName, MetricDefinition> = {
  refdesk_chats_started_total: {
    help: 'Chats patrons started (practice chats excluded).',
    labels: ['library'],
  },
  refdesk_chats_answered_total: {
    help: 'Chats a responder accepted from the queue.',
    labels: ['library'],
  },
  refdesk_chats_abandoned_total: {
    help: 'Chats the patron left while they still waited.',
    labels: ['library'],
  },
  refdesk_chats_missed_total: {
    help: 'Chats that ended unanswered for another reason (the patron never came back).',
    labels: ['library'],
  },
  refdesk_refusals_total: {
    help: 'Requests and socket frames refused, by surface (http, socket) and error code.',
    labels: ['surface', 'code'],
  },
  refdesk_sign_in_refusals_total: {
    help: 'Sign-ins refused, by reason (wrong_password, unknown_email, rate limits).',
    labels: ['reason'],
  },
};

/** Every histogram: name -> help, labels and bucket bounds. */
export const HISTOGRAMS: Record<HistogramName, MetricDefinition & { buckets: number[] }> = {
  refdesk_ack_latency_seconds: {
    help: "Patron message receipt to its durable ack leaving the server (the output gate's fsync).",
    labels: [],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  },
};

/** Gauges sampled from the rooms and sockets at each scrape. */
export const GAUGES = {
  refdesk_queue_length: {
    help: 'Chats waiting for a responder, by library and routing tier.',
    labels: ['library', 'tier'],
  },
  refdesk_queue_oldest_wait_seconds: {
    help: 'How long the longest-waiting chat has waited, by library and routing tier.',
    labels: ['library', 'tier'],
  },
  refdesk_responders_online: {
    help: 'Responders with a live console, by library and status.',
    labels: ['library', 'status'],
  },
  refdesk_sockets_open: {
    help: 'Open WebSockets, by kind (patron, responder).',
    labels: ['kind'],
  },
} as const satisfies Record<string, MetricDefinition>;
