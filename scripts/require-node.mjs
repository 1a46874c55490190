// Runs before the package scripts that need Node 24 (root package.json): on an older Node it says,
// in one line, which Node is needed and how to get it, instead of a stack trace about `.ts` files.
// Plain JavaScript on purpose, so that old Node versions can run it.
import { readFileSync } from 'node:fs';

const wanted = readFileSync(new URL('../.node-version', import.meta.url), 'utf8').trim();
const major = Number(wanted.split('.')[0]);
const running = Number(process.versions.node.split('.')[0]);

if (running < major) {
  const event = process.env.npm_lifecycle_event;
  const instead =
    event === 'start' || event === 'test' ? `./refdesk ${event}` : 'eval "$(./refdesk env)"';
  console.error(
    `Refdesk needs Node ${major} or newer (this is Node ${process.versions.node}): run ${instead} (it installs Node ${major} into .tools/ for this checkout), or install Node ${major} from https://nodejs.org.`,
  );
  process.exit(1);
}
