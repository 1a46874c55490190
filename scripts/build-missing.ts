// Builds the widget and the console when their output is missing, for the commands that serve them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const builds = [
  { name: '@refdesk/widget', output: 'packages/widget/dist/widget.js' },
  { name: '@refdesk/console', output: 'packages/console/dist/index.html' },
];

/**
 * Runs `pnpm --filter <package> build` for each package whose output is missing; a failed build
 * is reported and skipped, so the server still starts (without that package).
 *
 * @example
 * buildMissing(); // first start: builds both, later starts: nothing
 */
export function buildMissing(): void {
  for (const build of builds) {
    if (existsSync(join(root, build.output))) continue;
    console.log(`Building ${build.name} (first start)...`);
    const result = spawnSync('pnpm', ['--filter', build.name, 'run', '--if-present', 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (result.status !== 0) {
      console.error(`Building ${build.name} failed; starting without it.`);
    }
  }
}
