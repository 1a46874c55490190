// `pnpm bench`: Refdesk against a raw WebSocket relay, each in its own server process, driven by
// a separate load process over 127.0.0.1. See docs/benchmarks.md.
import { parseBenchOptions } from './bench-options.ts';
import { measureTarget, type TargetFigures } from './measure.ts';
import { openFilesLimit } from './proc-stats.ts';
import { formatTable, toJson } from './report.ts';

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

const results: TargetFigures[] = [];
for (const target of options.targets) {
  progress(target)('starting');
  results.push(await measureTarget(target, options, progress(target)));
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
console.log(options.json ? toJson(options, results) : formatTable(options, results));
