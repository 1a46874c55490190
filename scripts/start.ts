// `pnpm start`: builds what is missing (widget, console), then runs Refdesk on Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const builds = [
  { name: '@refdesk/widget', output: 'packages/widget/dist/widget.js' },
  { name: '@refdesk/console', output: 'packages/console/dist/index.html' },
];

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

await import('../packages/server/src/runtime/node.ts');
