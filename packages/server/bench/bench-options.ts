import { parseArgs } from 'node:util';

/**
 * What the bench drives: the raw relay (the floor of the transport), the relay sending Refdesk's
 * frame pattern (`frames`), that plus SQLite group commit and fsync before forwarding
 * (`durable`), and Refdesk (`ours`).
 */
export type TargetName = 'raw' | 'frames' | 'durable' | 'ours';
const TARGETS: readonly TargetName[] = ['raw', 'frames', 'durable', 'ours'];

export interface BenchOptions {
  patrons: number;
  responders: number;
  /** Chats waiting for a librarian at once, at most (default: one per librarian). */
  waiting: number;
  /** Messages each way per chat in the exchange. */
  messages: number;
  /** Time limit of the exchange, seconds. */
  duration: number;
  /** Open-loop offered loads, patron messages/s: numbers, or shares of the target's maximum (`50%`). */
  rates: string[];
  /** Each open-loop point: warm-up, then the sampled window, seconds. */
  warmupSeconds: number;
  pointSeconds: number;
  /** Sign-ins fired at once during paced traffic (0 to skip), and that traffic's rate. */
  burst: number;
  burstRate: number;
  /** Widget loader downloads a second during paced traffic at the burst's rate (0: skip). */
  pageViews: number;
  /** Idle patron sockets held by one server process (0: skip). */
  idle: number;
  /** Minutes of paced traffic after the scenario, Refdesk only, sampled in windows (0: skip). */
  soakMinutes: number;
  /** The soak's offered load, patron messages/s. */
  soakRate: number;
  /** Patrons in the routing scenario (20 libraries, groups of 5, three tiers, declines; 0: skip). */
  routing: number;
  /** Patrons in the reconnect storm (a kill -9 and restart of Refdesk mid-chat; 0: skip). */
  storm: number;
  /** Runs of every target, alternating targets; figures are the median with the spread. */
  runs: number;
  json: boolean;
  /** Profile Refdesk's server process with `--cpu-prof` and print its hottest functions. */
  profile: boolean;
  targets: TargetName[];
}

export const USAGE = `pnpm bench [--patrons 1000] [--responders 100] [--waiting R] [--messages 20] [--duration 60]
           [--rates 1000,5000,50%,80%] [--warmup 2] [--point-seconds 10] [--burst 20] [--burst-rate 1000] [--page-views 200]
           [--idle 10000] [--storm 1000] [--routing 1000] [--soak 0] [--soak-rate 1000]
           [--runs 1] [--only raw,frames,durable,ours] [--profile] [--json]`;

/**
 * Reads the bench's command-line flags; throws with the usage on a bad one.
 *
 * @example
 * const options = parseBenchOptions(['--patrons', '200', '--json']);
 */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      patrons: { type: 'string', default: '1000' },
      responders: { type: 'string', default: '100' },
      waiting: { type: 'string' },
      messages: { type: 'string', default: '20' },
      duration: { type: 'string', default: '60' },
      rates: { type: 'string', default: '1000,5000,50%,80%' },
      warmup: { type: 'string', default: '2' },
      'point-seconds': { type: 'string', default: '10' },
      burst: { type: 'string', default: '20' },
      'burst-rate': { type: 'string', default: '1000' },
      'page-views': { type: 'string', default: '200' },
      idle: { type: 'string', default: '10000' },
      storm: { type: 'string', default: '1000' },
      routing: { type: 'string', default: '1000' },
      soak: { type: 'string', default: '0' },
      'soak-rate': { type: 'string', default: '1000' },
      runs: { type: 'string', default: '1' },
      only: { type: 'string', default: 'raw,durable,ours' },
      json: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  const count = (name: string, text: string, min: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min)
      throw new Error(`--${name} must be an integer >= ${min}\n${USAGE}`);
    return value;
  };
  const minutes = (text: string) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`--soak takes minutes (e.g. 30, or 0.5)\n${USAGE}`);
    return value;
  };
  const rates = values.rates.split(',').filter(Boolean);
  for (const rate of rates)
    if (!/^\d+%?$/.test(rate) || Number.parseInt(rate, 10) < 1)
      throw new Error(`--rates takes numbers or percentages, e.g. 1000,50%\n${USAGE}`);
  const targets = values.only.split(',').filter(Boolean) as TargetName[];
  for (const target of targets)
    if (!TARGETS.includes(target)) throw new Error(`--only takes ${TARGETS.join(', ')}\n${USAGE}`);
  const options: BenchOptions = {
    patrons: count('patrons', values.patrons, 1),
    responders: count('responders', values.responders, 1),
    waiting: count('waiting', values.waiting ?? values.responders, 1),
    messages: count('messages', values.messages, 1),
    duration: count('duration', values.duration, 1),
    rates,
    warmupSeconds: count('warmup', values.warmup, 0),
    pointSeconds: count('point-seconds', values['point-seconds'], 1),
    burst: count('burst', values.burst, 0),
    burstRate: count('burst-rate', values['burst-rate'], 1),
    pageViews: count('page-views', values['page-views'], 0),
    idle: count('idle', values.idle, 0),
    storm: count('storm', values.storm, 0),
    routing: count('routing', values.routing, 0),
    soakMinutes: minutes(values.soak),
    soakRate: count('soak-rate', values['soak-rate'], 1),
    runs: count('runs', values.runs, 1),
    json: values.json,
    profile: values.profile,
    targets: TARGETS.filter((target) => targets.includes(target)),
  };
  if (options.responders > options.patrons)
    throw new Error(`--responders must not exceed --patrons\n${USAGE}`);
  return options;
}
