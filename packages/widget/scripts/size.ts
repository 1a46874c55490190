// `pnpm size` (after `pnpm build`): prints what the widget costs, gzipped, and fails over budget.
//   loader + launcher       dist/widget.js, what every page view loads
//   first click             the panel's entry and the chunks it imports statically (the client,
//                           protocol decoders, Preact, the panel), not the catalogue nor extras
//   headless client         src/client/index.ts bundled and minified with its protocol imports
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const KB = 1024;
const gzip = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

if (!existsSync(join(dist, 'widget.js'))) {
  console.error('size: dist/widget.js is missing; run `pnpm --filter @refdesk/widget build` first');
  process.exit(1);
}

/** A file of dist/widget/ and every chunk it imports statically, each once. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, 'widget', file), 'utf8');
  for (const [, imported] of code.matchAll(
    /(?:^|[;}])\s*(?:import|export)\b[^;"'`]*?from\s*["'`]\.\/([\w.-]+\.js)["'`]/g,
  )) {
    if (imported) staticClosure(imported, seen);
  }
  return seen;
}

const files = readdirSync(join(dist, 'widget'));
const entry = files.find((name) => /^app-[\w-]+\.js$/.test(name));
if (!entry) throw new Error('dist/widget/app-*.js is missing');
const firstClick = [...staticClosure(entry)];
const sum = (names: string[]) =>
  names.reduce((total, name) => total + gzip(readFileSync(join(dist, 'widget', name))), 0);

const client = await build({
  configFile: false,
  logLevel: 'silent',
  root,
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: join(root, 'src/client/index.ts'), formats: ['es'] },
    rolldownOptions: { output: { minify: true, comments: false, codeSplitting: false } },
  },
});
const clientCode = (Array.isArray(client) ? client : [client])
  .flatMap((output) => ('output' in output ? output.output : []))
  .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
  .join('');

const rows: [string, number, number][] = [
  ['loader + launcher (dist/widget.js)', gzip(readFileSync(join(dist, 'widget.js'))), 4 * KB],
  // +0.1 KB each for the widget's browser id in `hello` (the block list, issue #16).
  [`first click (${firstClick.join(' + ')})`, sum(firstClick), 16.1 * KB],
  ['headless client (src/client/index.ts)', gzip(clientCode), 6.1 * KB],
];
let over = false;
for (const [what, bytes, budget] of rows) {
  const ok = bytes <= budget;
  over ||= !ok;
  console.log(
    `widget: ${what}: ${kb(bytes)} gzip (budget ${kb(budget)}) ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
const later = files.filter((name) => name.endsWith('.js') && !firstClick.includes(name));
for (const name of later)
  console.log(`widget: loaded when needed: ${name}: ${kb(sum([name]))} gzip`);
if (over) process.exit(1);
