// Three builds, run in this order by `pnpm build` (see package.json):
//   --mode app     dist/widget/app-[hash].js and its lazy chunks: what the first click loads
//   --mode loader  dist/widget.js, a classic script (IIFE) that imports dist/widget/app-*.js lazily,
//                  with the chunks it imports in parallel (no waterfall)
//   --mode npm     dist/npm/: ESM for bundlers, Preact, valibot and @refdesk/protocol left to the
//                  application (dependencies of the published package)
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const dist = resolve(import.meta.dirname, 'dist');
const target = 'es2022';

/** The panel's entry file and the chunks it imports statically, which the loader fetches at once. */
function appFiles(): string[] {
  const file = readdirSync(resolve(dist, 'widget')).find((name) => /^app-[\w-]+\.js$/.test(name));
  if (!file) throw new Error('dist/widget/app-*.js is missing: run `vite build --mode app` first');
  const code = readFileSync(resolve(dist, 'widget', file), 'utf8');
  const imports = [
    ...code.matchAll(/(?:^|;)\s*(?:import|export)[^;"'`]*?from\s*["'`]\.\/([\w.-]+\.js)["'`]/g),
  ];
  return [file, ...imports.map((match) => match[1] as string)];
}

const builds: Record<string, () => UserConfig> = {
  // Library mode keeps Vite's preload helper out (plain import() of the catalogues, relative to
  // the module), and output.minify restores the whitespace minification it turns off for ESM.
  app: () => ({
    build: {
      outDir: resolve(dist, 'widget'),
      emptyOutDir: true,
      target,
      // Terser after Rolldown's own minifier: two compress passes take about 1% more off what
      // opening the chat downloads (docs/benchmarks.md, widget download size).
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      lib: { entry: { app: resolve(import.meta.dirname, 'src/start-app.tsx') }, formats: ['es'] },
      rolldownOptions: {
        // The entry may export more than startApp: what the lazy chunks share with it stays in it
        // (one file and one request, not a facade beside a shared chunk).
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          comments: false,
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
  }),
  loader: () => ({
    define: { __REFDESK_APP__: JSON.stringify(appFiles()) },
    build: {
      outDir: dist,
      emptyOutDir: false,
      target,
      lib: {
        entry: resolve(import.meta.dirname, 'src/embed.ts'),
        formats: ['iife'],
        name: 'RefdeskLoader',
        fileName: () => 'widget.js',
      },
    },
  }),
  npm: () => ({
    build: {
      outDir: resolve(dist, 'npm'),
      emptyOutDir: true,
      target,
      lib: {
        entry: {
          index: resolve(import.meta.dirname, 'src/index.ts'),
          client: resolve(import.meta.dirname, 'src/client/index.ts'),
          socket: resolve(import.meta.dirname, 'src/client/socket/index.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: { external: [/^preact($|\/)/, /^valibot$/, /^@refdesk\/protocol($|\/)/] },
    },
  }),
};

export default defineConfig(({ mode }) => {
  const build = builds[mode];
  if (!build) throw new Error(`vite build --mode ${mode}: use app, loader or npm`);
  return build();
});
