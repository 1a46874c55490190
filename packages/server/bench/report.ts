import { cpus } from 'node:os';
import type { BenchOptions } from './bench-options.ts';
import type { TargetFigures } from './measure.ts';

/** One line of the comparison: our figure against the raw relay's, and the target if any. */
export interface Ratio {
  metric: string;
  raw: number;
  ours: number;
  ratio: number;
  /** e.g. '>= 0.5' or '<= 3'. */
  target?: string;
  met?: boolean;
}

const MB = 1024 * 1024;

/**
 * The three target ratios (throughput, p99, memory per idle connection) and the other figures
 * worth comparing, ours / raw.
 *
 * @example
 * const ratios = compare(raw, ours);
 */
export function compare(raw: TargetFigures, ours: TargetFigures): Ratio[] {
  const line = (
    metric: string,
    r: number,
    o: number,
    target?: { atLeast?: number; atMost?: number },
  ): Ratio => {
    const ratio = r === 0 ? Number.NaN : o / r;
    const result: Ratio = { metric, raw: r, ours: o, ratio };
    if (target?.atLeast !== undefined)
      Object.assign(result, { target: `>= ${target.atLeast}`, met: ratio >= target.atLeast });
    if (target?.atMost !== undefined)
      Object.assign(result, { target: `<= ${target.atMost}`, met: ratio <= target.atMost });
    return result;
  };
  const perConnection = (figures: TargetFigures) =>
    figures.idle?.bytesPerConnection ?? figures.full.server.bytesPerConnection;
  return [
    line(
      'messages/s (throughput)',
      raw.full.exchange.messagesPerSecond,
      ours.full.exchange.messagesPerSecond,
      { atLeast: 0.5 },
    ),
    line('chats routed/s', raw.full.route.chatsPerSecond, ours.full.route.chatsPerSecond, {
      atLeast: 0.5,
    }),
    line(
      'p99 latency under full load (ms)',
      raw.full.exchange.latency.p99,
      ours.full.exchange.latency.p99,
      { atMost: 3 },
    ),
    line('p99 latency, paced (ms)', raw.full.paced.latency.p99, ours.full.paced.latency.p99, {
      atMost: 3,
    }),
    line(
      `memory per idle connection (KB)${raw.idle ? `, ${raw.idle.connections} sockets` : ''}`,
      perConnection(raw) / 1024,
      perConnection(ours) / 1024,
      { atMost: 2 },
    ),
  ];
}

/**
 * The summary table for people.
 *
 * @example
 * console.log(formatTable(options, raw, ours));
 */
export function formatTable(options: BenchOptions, results: TargetFigures[]): string {
  const raw = results.find((figures) => figures.target === 'raw');
  const ours = results.find((figures) => figures.target === 'ours');
  const columns = results.map((figures) => (figures.target === 'raw' ? 'raw ws relay' : 'refdesk'));
  const rows: [string, ...string[]][] = [];
  const add = (label: string, value: (figures: TargetFigures) => string) =>
    rows.push([label, ...results.map(value)]);
  const n = (value: number, digits = 0) =>
    value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  add(
    'chats routed/s',
    (f) => `${n(f.full.route.chatsPerSecond)}${f.full.route.complete ? '' : ' (incomplete)'}`,
  );
  add(
    'messages/s',
    (f) =>
      `${n(f.full.exchange.messagesPerSecond)}${f.full.exchange.complete ? '' : ' (incomplete)'}`,
  );
  add('latency p50/p95/p99, full load (ms)', (f) => latency(f.full.exchange.latency));
  add(`latency p50/p95/p99 at ${options.pacedRate} msg/s (ms)`, (f) =>
    latency(f.full.paced.latency),
  );
  add('server CPU route/exchange/paced (%)', (f) =>
    ['route', 'exchange', 'paced']
      .map((k) => n(f.full.server.cpuPercent[k as 'route']))
      .join(' / '),
  );
  add('load process CPU route/exchange/paced (%)', (f) =>
    ['route', 'exchange', 'paced']
      .map((k) => n(f.full.server.loadCpuPercent[k as 'route']))
      .join(' / '),
  );
  add('server RSS empty/connected/final (MB)', (f) =>
    [f.full.server.emptyRssBytes, f.full.server.connectedRssBytes, f.full.server.finalRssBytes]
      .map((b) => n(b / MB))
      .join(' / '),
  );
  add('server peak RSS (MB)', (f) => n(f.full.server.peakRssBytes / MB));
  add(`RSS per idle connection, ${options.patrons + options.responders} sockets (KB)`, (f) =>
    n(f.full.server.bytesPerConnection / 1024, 1),
  );
  if (options.idle > 0) {
    add(`${options.idle} idle patrons: RSS (MB)`, (f) =>
      f.idle
        ? `${n(f.idle.idleRssBytes / MB)}${f.idle.limitedBy ? ` (${f.idle.connections} open)` : ''}`
        : '-',
    );
    add(`${options.idle} idle patrons: per socket (KB)`, (f) =>
      f.idle ? n(f.idle.bytesPerConnection / 1024, 1) : '-',
    );
  }
  add('refused frames', (f) => String(f.full.errors));
  const lines = [grid(['', ...columns], rows)];
  if (raw && ours) {
    const ratioRows = compare(raw, ours).map((r): [string, ...string[]] => [
      r.metric,
      `${n(r.ratio, 2)}x`,
      r.target ? `${r.target}x` : '',
      r.met === undefined ? '' : r.met ? 'met' : 'MISSED',
    ]);
    lines.push('', grid(['refdesk / raw', 'ratio', 'target', ''], ratioRows));
  }
  for (const figures of results)
    if (figures.idle?.limitedBy)
      lines.push(`\n${figures.target}: idle sockets limited: ${figures.idle.limitedBy}`);
  if (ours?.profile?.length) {
    lines.push(
      '',
      'refdesk server, main thread, top self time during the exchange (V8 CPU profile):',
    );
    for (const hot of ours.profile)
      lines.push(`  ${n(hot.percent, 1).padStart(5)}%  ${hot.name}  ${hot.location}`);
  }
  lines.push(
    '',
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; patrons ${options.patrons}, responders ${options.responders}, ${options.messages} messages each way per chat`,
  );
  return lines.join('\n');
}

/** Everything, for machines. */
export function toJson(options: BenchOptions, results: TargetFigures[]): string {
  const raw = results.find((figures) => figures.target === 'raw');
  const ours = results.find((figures) => figures.target === 'ours');
  return JSON.stringify(
    {
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model,
        node: process.version,
        platform: process.platform,
      },
      options,
      results,
      ratios: raw && ours ? compare(raw, ours) : [],
    },
    null,
    2,
  );
}

function latency(p: { p50: number; p95: number; p99: number }): string {
  return [p.p50, p.p95, p.p99].map((ms) => ms.toFixed(ms < 10 ? 2 : 1)).join(' / ');
}

function grid(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(format)].join(
    '\n',
  );
}
