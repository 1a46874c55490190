// `pnpm check:sdk` (after `pnpm build`; CI runs it): packs @refdesk/protocol and @refdesk/widget with
// `pnpm pack`, checks what the tarballs hold, installs them into a throwaway Vite + TypeScript app
// (strict, moduleResolution bundler, declarations checked) in a temporary folder, then runs
// `tsc --noEmit` and `vite build` there: what a library's developer does with the published SDK.
// Dependencies come from the local pnpm store where it has them (--prefer-offline).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const packages = ['protocol', 'widget'] as const;
const started = Date.now();
const app = mkdtempSync(join(tmpdir(), 'refdesk-sdk-'));

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`check:sdk: \`${command} ${args.join(' ')}\` failed in ${cwd}`);
  }
  return result.stdout;
}

function devVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const widget = JSON.parse(readFileSync(join(root, 'packages/widget/package.json'), 'utf8'));
  const version = manifest.devDependencies[name] ?? widget.devDependencies[name];
  if (!version) throw new Error(`check:sdk: no version of ${name} in the workspace`);
  return version;
}

/** Files a user of the package has no use for: sources, tests, configurations. */
const unwanted =
  /(^|\/)(src|test|scripts)\/|\.test\.|\.test-d\.|tsconfig|vite\.config|\.tsbuildinfo/;

try {
  const tarballs: Record<string, string> = {};
  for (const name of packages) {
    const dir = join(root, 'packages', name);
    run('pnpm', ['pack', '--pack-destination', app], dir);
    const tarball = readdirSync(app).find((file) => file.startsWith(`refdesk-${name}-`));
    if (!tarball) throw new Error(`check:sdk: pnpm pack wrote no tarball for ${name}`);
    tarballs[name] = tarball;
    const listed = run('tar', ['tzf', tarball], app).trim().split('\n');
    const extra = listed.filter((file) => unwanted.test(file.replace(/^package\//, '')));
    if (extra.length > 0) throw new Error(`check:sdk: ${tarball} ships ${extra.join(', ')}`);
    if (!listed.includes('package/LICENSE'))
      throw new Error(`check:sdk: ${tarball} has no LICENSE`);
    console.log(`check:sdk: ${tarball}: ${listed.length} files`);
  }

  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'refdesk-sdk-consumer',
      private: true,
      type: 'module',
      dependencies: {
        '@refdesk/protocol': `file:./${tarballs.protocol}`,
        '@refdesk/widget': `file:./${tarballs.widget}`,
      },
      devDependencies: { typescript: devVersion('typescript'), vite: devVersion('vite') },
    }),
  );
  // The widget's dependency on @refdesk/protocol@<version> is the packed one, not the registry's.
  writeFileSync(
    join(app, 'pnpm-workspace.yaml'),
    `overrides:\n  '@refdesk/protocol': file:./${tarballs.protocol}\n`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        isolatedModules: true,
        types: [],
      },
      include: ['main.ts'],
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="en"><title>SDK</title><script type="module" src="./main.ts"></script></html>\n',
  );
  writeFileSync(
    join(app, 'main.ts'),
    `import { mount, type Widget } from '@refdesk/widget';
import { createChatClient } from '@refdesk/widget/client';
import { PROTOCOL_VERSION, type PatronServerFrame } from '@refdesk/protocol/patron';

const widget: Widget = mount({ libraryId: 'springfield', server: 'https://ask.example.org' });
widget.on('open', () => console.log('open'));
const client = createChatClient({ libraryId: 'springfield', server: 'https://ask.example.org' });
client.on('change', (snapshot) => console.log(snapshot.status, snapshot.messages.length));
const frame: PatronServerFrame['type'] = 'message';
console.log(PROTOCOL_VERSION, frame);
`,
  );

  run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=silent'], app);
  run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app);
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`check:sdk: a strict TypeScript + Vite app builds from the tarballs (${seconds} s)`);
} finally {
  rmSync(app, { recursive: true, force: true });
}
