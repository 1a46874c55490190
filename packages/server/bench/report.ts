import { cpus } from 'node:os';
import type { BenchOptions } from './bench-options.ts';
import { type Scenarios, scenarioChecks } from './checks.ts';
import { compare, median, summarizeRatios } from './compare.ts';
import type { TargetFigures } from './measure.ts';
import type { Percentiles } from './percentiles.ts';

const MB = 1024 * 1024;
const NAMES: Record<string, string> = {
  raw: 'raw relay',
  frames: 'relay, ack+echo+copy',
  durable: 'durable relay',
  ours: 'refdesk',
};

const n = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      })
    : '-';
const ms = (value: number) => n(value, value < 10 ? 2 : 1);

/** The median of a figure over the runs, with its spread when there are several. */
function cell(values: number[], format: (v: number) => string): string {
  if (values.length === 0) return '-';
  if (values.length === 1) return format(values[0] ?? 0);
  return `${format(median(values))} (${format(Math.min(...values))}-${format(Math.max(...values))})`;
}

/**
 * The tables for people: every target's figures (median over the runs, spread in brackets), then
 * every ratio with its target.
 *
 * @example
 * console.log(formatTable(options, runs));
 */
export function formatTable(
  options: BenchOptions,
  runs: TargetFigures[][],
  scenarios: Scenarios = {},
): string {
  const targets = options.targets;
  const rows: [string, ...string[]][] = [];
  const of = (target: string) =>
    runs.map((run) => run.find((f) => f.target === target)).filter((f) => f !== undefined);
  const add = (label: string, value: (f: TargetFigures) => number | undefined, format = n) =>
    rows.push([
      label,
      ...targets.map((t) =>
        cell(
          of(t)
            .map(value)
            .filter((v): v is number => v !== undefined),
          format,
        ),
      ),
    ]);
  const percentileRows = (label: string, get: (f: TargetFigures) => Percentiles | undefined) => {
    add(`${label} p50 (ms)`, (f) => get(f)?.p50, ms);
    add(`${label} p99 (ms)`, (f) => get(f)?.p99, ms);
    add(`${label} p99.9 (ms)`, (f) => get(f)?.p999, ms);
  };
  add('chats routed/s', (f) => f.full.route.chatsPerSecond);
  add('messages/s, closed loop', (f) => f.full.exchange.messagesPerSecond);
  add('closed loop p99 (ms; = in flight / throughput)', (f) => f.full.exchange.latency.p99, ms);
  for (const label of options.rates) {
    const at = (f: TargetFigures) => f.full.open.find((p) => p.label === label);
    const name = label.endsWith('%') ? `open ${label} of max` : `open ${label}/s`;
    if (label.endsWith('%')) add(`${name}: offered msg/s`, (f) => at(f)?.rate);
    percentileRows(`${name}: delivery`, (f) => at(f)?.latency);
    add(`${name}: ack p99 (ms)`, (f) => at(f)?.ack?.p99, ms);
    add(`${name}: samples`, (f) => at(f)?.latency.count);
    add(`${name}: undelivered`, (f) => at(f)?.undelivered);
  }
  if (options.burst > 0) {
    add(
      `burst: ack p99 at ${options.burstRate}/s, without (ms)`,
      (f) => f.full.burst?.without.ack?.p99,
      ms,
    );
    add(
      `burst: ack p99 during ${options.burst} sign-ins (ms)`,
      (f) => f.full.burst?.with.ack?.p99,
      ms,
    );
    add('burst: ack p99.9 during the sign-ins (ms)', (f) => f.full.burst?.with.ack?.p999, ms);
    add('burst: sign-in p50 (ms)', (f) => f.full.burst?.signInMs.p50);
    add('burst: slowest sign-in (ms)', (f) => f.full.burst?.signInMs.max);
    add('burst: sign-ins refused', (f) => f.full.burst?.refused);
  }
  if (options.pageViews > 0) {
    const views = (f: TargetFigures) => f.full.pageViews;
    add(
      `page views: ack p99 at ${options.burstRate}/s, without (ms)`,
      (f) => views(f)?.without.ack?.p99,
      ms,
    );
    add(
      `page views: ack p99 during ${options.pageViews}/s (ms)`,
      (f) => views(f)?.with.ack?.p99,
      ms,
    );
    add('page views: loader download p50 (ms)', (f) => views(f)?.viewMs.p50, ms);
    add('page views: loader download p99 (ms)', (f) => views(f)?.viewMs.p99, ms);
    add('page views: downloads', (f) => views(f)?.views);
    add('page views: failed', (f) => views(f)?.failed);
  }
  add('server CPU, exchange (%)', (f) => f.full.server.cpuPercent.exchange);
  add('server CPU, open loops (%)', (f) => f.full.server.cpuPercent.open);
  add('load process CPU, exchange (%)', (f) => f.full.server.loadCpuPercent.exchange);
  add('server RSS empty (MB)', (f) => f.full.server.emptyRssBytes / MB);
  add('server RSS after the run (MB)', (f) => f.full.server.finalRssBytes / MB);
  if (options.idle > 0) {
    add(`${options.idle} idle patrons: RSS (MB)`, (f) =>
      f.idle ? f.idle.idleRssBytes / MB : undefined,
    );
    add(
      `${options.idle} idle patrons: per socket (KB)`,
      (f) => (f.idle ? f.idle.bytesPerConnection / 1024 : undefined),
      (v) => n(v, 1),
    );
  }
  add('refused frames', (f) => f.full.errors);
  const lines = [grid(['', ...targets.map((t) => NAMES[t] ?? t)], rows)];
  const summary = summarizeRatios(runs.map(compare));
  if (summary.length > 0) {
    const ratioRows = summary.map((r): string[] => [
      r.metric,
      `${r.of} / ${r.against}`,
      runs.length > 1 ? `${n(r.ratio, 2)}x (${n(r.min, 2)}-${n(r.max, 2)})` : `${n(r.ratio, 2)}x`,
      r.target ? `${r.target}x` : '',
      r.met === undefined ? '' : r.met ? 'met' : 'MISSED',
    ]);
    lines.push(
      '',
      grid(
        ['ratio', 'of / against', runs.length > 1 ? 'median (spread)' : 'value', 'target', ''],
        ratioRows,
      ),
    );
  }
  lines.push(...soakLines(runs), ...scenarioLines(scenarios));
  for (const run of runs)
    for (const figures of run)
      if (figures.idle?.limitedBy)
        lines.push(`\n${figures.target}: idle sockets limited: ${figures.idle.limitedBy}`);
  const profiled = runs[0]?.find((f) => f.target === 'ours')?.profile;
  if (profiled?.length) {
    lines.push(
      '',
      'refdesk server, main thread, top self time during the exchange (V8 CPU profile):',
    );
    for (const hot of profiled)
      lines.push(`  ${n(hot.percent, 1).padStart(5)}%  ${hot.name}  ${hot.location}`);
  }
  lines.push(
    '',
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${runs.length} run(s), targets alternating; patrons ${options.patrons}, responders ${options.responders}, ${options.messages} messages each way per chat; open loop: ${options.warmupSeconds} s warm-up + ${options.pointSeconds} s per point`,
  );
  return lines.join('\n');
}

/** Refdesk's soak, window by window: the server after a full GC, its WAL, its event loop. */
function soakLines(runs: TargetFigures[][]): string[] {
  const lines: string[] = [];
  runs.forEach((run, index) => {
    const ours = run.find((f) => f.target === 'ours');
    if (!ours?.soak) return;
    const windows = ours.full.soak ?? [];
    lines.push(
      '',
      `refdesk soak${runs.length > 1 ? `, run ${index + 1}` : ''}: ${windows[0]?.rate ?? 0} msg/s offered, each answered`,
      grid(
        [
          'at (s)',
          'RSS after GC (MB)',
          'WAL (MB)',
          'checkpoint lag (frames)',
          'loop delay p99 / max (ms)',
          'delivery p99 (ms)',
          'ack p99 (ms)',
          'undelivered',
        ],
        ours.soak.map((sample, at) => {
          const window = at > 0 ? windows[at - 1] : undefined;
          return [
            n(sample.atSeconds),
            n(sample.rssBytes / MB, 1),
            n(sample.walBytes / MB, 1),
            n(sample.checkpointLagFrames),
            `${ms(sample.loopDelay.p99)} / ${ms(sample.loopDelay.max)}`,
            window ? ms(window.latency.p99) : '-',
            window?.ack ? ms(window.ack.p99) : '-',
            window ? n(window.undelivered) : '-',
          ];
        }),
      ),
    );
  });
  return lines;
}

/** The scenarios beside the targets, and their checks. */
function scenarioLines(scenarios: Scenarios): string[] {
  const lines: string[] = [];
  const { storm, routing } = scenarios;
  if (routing) {
    lines.push(
      '',
      `routing: ${n(routing.patrons)} chats, ${routing.libraries} libraries in ${routing.groups} groups, ${routing.responders} librarians online; a third taken at each tier, every offer below it declined (${n(routing.declines)} declines): ${n(routing.chatsPerSecond)} chats routed/s`,
      grid(
        [
          'taken at',
          'chats',
          'ask -> assigned p50 / p99 (ms)',
          'ask -> first answer p50 / p99 (ms)',
        ],
        (['local', 'group', 'cooperative'] as const).map((tier) => {
          const t = routing.byTier[tier];
          return [
            tier,
            n(t.chats),
            `${ms(t.assignedMs.p50)} / ${ms(t.assignedMs.p99)}`,
            `${ms(t.answeredMs.p50)} / ${ms(t.answeredMs.p99)}`,
          ];
        }),
      ),
    );
  }
  const time = (value: number | undefined) =>
    value === undefined ? 'not all in time' : `${ms(value)} ms`;
  if (storm) {
    lines.push(
      '',
      `reconnect storm: ${n(storm.patrons)} patrons, ${n(storm.responders)} librarians, ${storm.messagesPerChat} messages each way per chat; kill -9 with ${n(storm.talkingAtKill)} chats mid-exchange (${n(storm.acknowledgedAtKill)} patron messages acknowledged)`,
      `  restart (kill -> listening again on the same port and file): ${ms(storm.restartMs)} ms`,
      `  after every client reconnected at once: all patrons resumed ${time(storm.allPatronsResumedMs)} (${n(storm.patronsBackInChat)} back in their chat), all librarians holding their chats ${time(storm.allRespondersResumedMs)}, all chats finished ${time(storm.allFinishedMs)}`,
      ...storm.problems.map((problem) => `  problem: ${problem}`),
    );
  }
  const checks = scenarioChecks(scenarios);
  if (checks.length > 0)
    lines.push(
      '',
      grid(
        ['check', 'value', 'target', ''],
        checks.map((c) => [c.metric, n(c.value), c.target, c.met ? 'met' : 'MISSED']),
      ),
    );
  return lines;
}

/** Everything, for machines: every run's figures and every ratio with its target and `met`. */
export function toJson(
  options: BenchOptions,
  runs: TargetFigures[][],
  scenarios: Scenarios = {},
): string {
  const perRun = runs.map(compare);
  return JSON.stringify(
    {
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model,
        node: process.version,
        platform: process.platform,
      },
      options,
      runs,
      ratios: summarizeRatios(perRun),
      ratiosPerRun: perRun,
      scenarios,
      checks: scenarioChecks(scenarios),
    },
    null,
    2,
  );
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
