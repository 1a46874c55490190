// `pnpm bench`: Refdesk against a raw WebSocket relay and a durable one (the relay plus Refdesk's
// SQLite group commit), each in its own server process, driven by a separate load process over
// 127.0.0.1. See docs/benchmarks.md.
import { parseBenchOptions } from './bench-options.ts';
import type { Scenarios } from './checks.ts';
import { measureTarget, type TargetFigures } from './measure.ts';
import { openFilesLimit } from './proc-stats.ts';
import { runReconnectStorm } from './reconnect-storm.ts';
import { formatTable, toJson } from './report.ts';
import { runRoutingScenario } from './routing-scenario.ts';

/** Messages each patron of the reconnect storm sends; the kill comes a third of the way in. */
const STORM_MESSAGES = 6;
const STORM_LIMIT_MS = 180_000;
/** Issue #18's routing scenario: 20 libraries in 4 groups, 2 librarians each. */
const ROUTING = { libraries: 20, groupSize: 5, perLibrary: 2 };

const options = parseBenchOptions(process.argv.slice(2));
const limit = openFilesLimit();
const needed = Math.max(options.idle, options.patrons + options.responders) + 200;
if (limit < needed) {
  const fits = Math.max(0, limit - 200);
  process.stderr.write(
    `open-files limit is ${limit}: holding ${fits} sockets instead (raise it with ulimit -n ${needed})\n`,
  );
  options.idle = Math.min(options.idle, fits);
}

let last = '';
const progress = (target: string) => (text: string) => {
  const line = `[${target}] ${text}`;
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${line}`);
  else if (line.split(' ').slice(0, 2).join(' ') !== last.split(' ').slice(0, 2).join(' '))
    process.stderr.write(`${line}\n`);
  last = line;
};

// Targets alternate (the order reverses every run), so drift on a shared machine falls on all.
const runs: TargetFigures[][] = [];
for (let run = 0; run < options.runs; run++) {
  const order = run % 2 === 0 ? options.targets : [...options.targets].reverse();
  const figures: TargetFigures[] = [];
  for (const target of order) {
    const label = options.runs > 1 ? `${target} ${run + 1}/${options.runs}` : target;
    progress(label)('starting');
    figures.push(await measureTarget(target, options, progress(label), run === 0));
  }
  runs.push(options.targets.map((t) => figures.find((f) => f.target === t) as TargetFigures));
}
const scenarios: Scenarios = {};
const oursIdle = runs.flatMap((run) => run.filter((f) => f.target === 'ours' && f.idle));
const idle = oursIdle[0]?.idle;
if (idle) {
  scenarios.idle = { held: idle.connections, asked: options.idle };
  const limitedBy = idle.limitedBy ?? (limit < needed ? `open-files limit ${limit}` : undefined);
  if (limitedBy) scenarios.idle.limitedBy = limitedBy;
}
if (options.routing > 0 && options.targets.includes('ours')) {
  scenarios.routing = await runRoutingScenario(
    {
      ...ROUTING,
      patrons: options.routing,
      // One waiting chat per librarian, as the main scenario's default.
      waiting: ROUTING.libraries * ROUTING.perLibrary,
      limitMs: STORM_LIMIT_MS,
    },
    progress('routing'),
  );
}
if (options.storm > 0 && options.targets.includes('ours')) {
  const responders = Math.max(
    1,
    Math.round((options.storm * options.responders) / options.patrons),
  );
  scenarios.storm = await runReconnectStorm(
    { patrons: options.storm, responders, messages: STORM_MESSAGES, limitMs: STORM_LIMIT_MS },
    progress('storm'),
  );
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
console.log(
  options.json ? toJson(options, runs, scenarios) : formatTable(options, runs, scenarios),
);
