// `pnpm size` (after `pnpm build`): what the widget costs, gzipped, and fails over budget.
//   page view, after opening   measured in Chromium on the real server, file by file as served
//                              (scripts/measure-downloads.ts; budgets in scripts/size-budget.ts)
//   headless client            src/client/index.ts bundled and minified with its protocol imports
// Fails over a budget, or over an interim ceiling where the budget is not met yet; with --strict
// (`pnpm --filter @refdesk/widget size --strict`), over any budget.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { measureDownloads } from './measure-downloads.ts';
import { checkBudgets, formatReport, KB } from './size-budget.ts';

const root = join(import.meta.dirname, '..');
// 6 KB, +0.1 KB for the widget's browser id in `hello` (the block list, issue #16).
const CLIENT_BUDGET = 6.1 * KB;

if (!existsSync(join(root, 'dist', 'widget.js'))) {
  console.error('size: dist/widget.js is missing; run `pnpm --filter @refdesk/widget build` first');
  process.exit(1);
}

const results = checkBudgets(await measureDownloads(), process.argv.includes('--strict'));
for (const line of formatReport(results)) console.log(line);

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
const clientBytes = gzipSync(clientCode, { level: 9 }).length;
const clientOk = clientBytes <= CLIENT_BUDGET;
console.log(
  `widget: headless client (src/client/index.ts): ${(clientBytes / KB).toFixed(2)} KB gzip (budget ${(
    CLIENT_BUDGET / KB
  ).toFixed(2)} KB) ${clientOk ? 'ok' : 'OVER BUDGET'}`,
);
if (!clientOk || results.some((result) => result.failed)) process.exit(1);
