// Type-checks every tsconfig of the workspace, two at a time (the machines have two cores).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const projects = ['packages', 'examples'].flatMap((dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir)).flatMap((name) =>
        [
          'tsconfig.json',
          'tsconfig.core.json',
          'tsconfig.edge.json',
          'tsconfig.cloudflare.json',
          'tsconfig.scripts.json',
        ]
          .map((file) => join(dir, name, file))
          .filter((file) => existsSync(join(root, file))),
      )
    : [],
);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function check(project: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', project, '--pretty'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${project}`);
      if (code !== 0) console.log(output);
      resolve(code === 0);
    });
  });
}

const queue = [...projects];
const results: boolean[] = [];
await Promise.all(
  [0, 1].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await check(next));
  }),
);
if (results.some((ok) => !ok)) process.exit(1);
