import type { TargetName } from './bench-options.ts';
import type { TargetFigures } from './measure.ts';
import type { OpenLoopPoint } from './open-loop.ts';

/** One comparison in one run: `value` of one target (or phase) over `base` of another. */
export interface Ratio {
  metric: string;
  of: string;
  against: string;
  value: number;
  base: number;
  ratio: number;
  /** e.g. '>= 0.5' or '<= 3'. */
  target?: string;
  met?: boolean;
}

/** A ratio over several runs: the median decides `met`; the spread is the runs' min and max. */
export interface RatioSummary {
  metric: string;
  of: string;
  against: string;
  ratio: number;
  min: number;
  max: number;
  runs: number[];
  target?: string;
  met?: boolean;
}

type Goal = { atLeast?: number; atMost?: number };

const perConnection = (figures: TargetFigures) =>
  figures.idle?.bytesPerConnection ?? figures.full.server.bytesPerConnection;

const point = (figures: TargetFigures, label: string): OpenLoopPoint | undefined =>
  figures.full.open.find((p) => p.label === label);

/**
 * Every ratio of one run that has both sides: Refdesk against the raw relay and the durable relay,
 * and Refdesk during a sign-in burst against the same load without it. Targets from issue #18.
 *
 * @example
 * const ratios = compare(runs[0]);
 */
export function compare(run: TargetFigures[]): Ratio[] {
  const by = new Map<TargetName, TargetFigures>(run.map((f) => [f.target, f]));
  const ratios: Ratio[] = [];
  const add = (
    metric: string,
    of: string,
    value: number | undefined,
    against: string,
    base: number | undefined,
    goal?: Goal,
  ) => {
    if (value === undefined || base === undefined) return;
    const ratio = base === 0 ? Number.NaN : value / base;
    const line: Ratio = { metric, of, against, value, base, ratio };
    if (goal?.atLeast !== undefined)
      Object.assign(line, { target: `>= ${goal.atLeast}`, met: ratio >= goal.atLeast });
    if (goal?.atMost !== undefined)
      Object.assign(line, { target: `<= ${goal.atMost}`, met: ratio <= goal.atMost });
    ratios.push(line);
  };
  const ours = by.get('ours');
  if (!ours) return ratios;
  const bases: [TargetName, Goal | undefined][] = [
    ['raw', { atLeast: 0.5 }],
    ['frames', undefined],
    ['durable', { atLeast: 0.9 }],
  ];
  for (const [name, goal] of bases) {
    const base = by.get(name);
    if (!base) continue;
    add(
      'messages/s, closed loop',
      'ours',
      ours.full.exchange.messagesPerSecond,
      name,
      base.full.exchange.messagesPerSecond,
      goal,
    );
  }
  const raw = by.get('raw');
  add(
    'chats routed/s',
    'ours',
    ours.full.route.chatsPerSecond,
    'raw',
    raw?.full.route.chatsPerSecond,
    { atLeast: 0.5 },
  );
  for (const ourPoint of ours.full.open) {
    const fixed = /^\d+$/.test(ourPoint.label);
    const at = fixed ? `${ourPoint.label} msg/s` : `${ourPoint.label} of each one's maximum`;
    for (const name of ['raw', 'frames', 'durable'] as const) {
      const base = by.get(name);
      const basePoint = base && point(base, ourPoint.label);
      const goal = name === 'durable' && ourPoint.label === '1000' ? { atMost: 3 } : undefined;
      add(
        `p99 latency, open loop at ${at}`,
        'ours',
        ourPoint.latency.p99,
        name,
        basePoint?.latency.p99,
        goal,
      );
    }
  }
  const burst = ours.full.burst;
  if (burst) {
    add(
      `ack p99 during ${burst.signIns} sign-ins at ${burst.with.rate} msg/s`,
      'ours with burst',
      burst.with.ack?.p99,
      'ours without',
      burst.without.ack?.p99,
      { atMost: 2 },
    );
  }
  const views = ours.full.pageViews;
  if (views) {
    add(
      `ack p99 during ${views.rate} widget page views/s at ${views.with.rate} msg/s`,
      'ours with page views',
      views.with.ack?.p99,
      'ours without',
      views.without.ack?.p99,
    );
  }
  if (raw)
    add(
      `memory per idle connection${raw?.idle ? `, ${raw.idle.connections} sockets` : ''}`,
      'ours',
      perConnection(ours),
      'raw',
      raw ? perConnection(raw) : undefined,
      { atMost: 2 },
    );
  return ratios;
}

/**
 * The ratios over all runs: each one's median (which decides `met`) and spread.
 *
 * @example
 * const summary = summarizeRatios(runs.map(compare));
 */
export function summarizeRatios(perRun: Ratio[][]): RatioSummary[] {
  const first = perRun[0] ?? [];
  return first.map((line) => {
    const key = (r: Ratio) => `${r.metric}|${r.of}|${r.against}`;
    const values = perRun
      .map((run) => run.find((r) => key(r) === key(line))?.ratio)
      .filter((v): v is number => v !== undefined && !Number.isNaN(v));
    const ratio = median(values);
    const summary: RatioSummary = {
      metric: line.metric,
      of: line.of,
      against: line.against,
      ratio,
      min: Math.min(...values),
      max: Math.max(...values),
      runs: values,
    };
    if (line.target) {
      const bound = Number(line.target.slice(3));
      summary.target = line.target;
      summary.met = line.target.startsWith('>=') ? ratio >= bound : ratio <= bound;
    }
    return summary;
  });
}

/** The median (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
