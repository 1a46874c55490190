import { parseArgs } from 'node:util';

export interface BenchOptions {
  patrons: number;
  responders: number;
  /** Chats waiting for a librarian at once, at most (default: one per librarian). */
  waiting: number;
  /** Messages each way per chat in the exchange. */
  messages: number;
  /** Time limit of the exchange, seconds. */
  duration: number;
  /** Paced phase: patron messages per second, for `pacedSeconds`. */
  pacedRate: number;
  pacedSeconds: number;
  /** Idle patron sockets held by one server process (0: skip). */
  idle: number;
  json: boolean;
  /** Profile Refdesk's server process with `--cpu-prof` and print its hottest functions. */
  profile: boolean;
  targets: ('raw' | 'ours')[];
}

export const USAGE = `pnpm bench [--patrons 1000] [--responders 100] [--waiting R] [--messages 20] [--duration 60]
           [--paced-rate 200] [--paced-seconds 5] [--idle 10000] [--only raw|ours]
           [--profile] [--json]`;

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
      'paced-rate': { type: 'string', default: '200' },
      'paced-seconds': { type: 'string', default: '5' },
      idle: { type: 'string', default: '10000' },
      only: { type: 'string' },
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
  const options: BenchOptions = {
    patrons: count('patrons', values.patrons, 1),
    responders: count('responders', values.responders, 1),
    waiting: count('waiting', values.waiting ?? values.responders, 1),
    messages: count('messages', values.messages, 1),
    duration: count('duration', values.duration, 1),
    pacedRate: count('paced-rate', values['paced-rate'], 1),
    pacedSeconds: count('paced-seconds', values['paced-seconds'], 1),
    idle: count('idle', values.idle, 0),
    json: values.json,
    profile: values.profile,
    targets: values.only === 'raw' || values.only === 'ours' ? [values.only] : ['raw', 'ours'],
  };
  if (options.responders > options.patrons)
    throw new Error(`--responders must not exceed --patrons\n${USAGE}`);
  return options;
}
