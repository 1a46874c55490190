// Prints what the widget pays, gzipped, for importing the patron-side decoders, and fails over budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_BYTES = 2.5 * 1024;
const entry = `import { decodePatronServerFrame, PROTOCOL_VERSION } from './src/patron.ts';
globalThis.decode = [decodePatronServerFrame, PROTOCOL_VERSION];`;

const result = await build({
  stdin: { contents: entry, resolveDir: `${import.meta.dirname}/..`, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  target: 'es2022',
});
const code = result.outputFiles[0]?.contents ?? new Uint8Array();
const gzipped = gzipSync(code, { level: 9 }).length;
const verdict = gzipped <= BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
console.log(
  `protocol: patron decoders ${(code.length / 1024).toFixed(2)} KB min, ${(gzipped / 1024).toFixed(2)} KB gzip (budget ${(BUDGET_BYTES / 1024).toFixed(2)} KB) ${verdict}`,
);
if (gzipped > BUDGET_BYTES) process.exit(1);
