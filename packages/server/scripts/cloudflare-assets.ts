// Assembles the one directory wrangler serves as static assets (wrangler.jsonc `assets`) from the
// built widget and console, with a `_headers` file giving them the Node runtime's headers.
// Run by `pnpm dev:cloudflare`, the Cloudflare tests, and before `wrangler deploy`.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import {
  COMMON_HEADERS,
  CONSOLE_PAGE_HEADERS,
  WIDGET_ASSET_HEADERS,
} from '../src/http/security-headers.ts';

const serverDir = join(import.meta.dirname, '..');
const packagesDir = join(serverDir, '..');

/** Where wrangler.jsonc's `assets.directory` points. */
export const CLOUDFLARE_ASSETS_DIR = join(serverDir, 'dist', 'cloudflare-assets');

/** Content-hashed names (`app-CNPdXVa4.js`) never change: the same rule as runtime/node/assets.ts. */
const HASHED = /[-.][A-Za-z0-9_-]{8,}\.(js|css)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const lines = (headers: Readonly<Record<string, string>>) =>
  Object.entries(headers)
    .map(([name, value]) => `\n  ${name}: ${value}`)
    .join('');

function headersFile(urls: string[]): string {
  const rules = [
    `/*${lines(COMMON_HEADERS)}`,
    // The console's pages and files: the same CSP and framing rules as on Node.
    `/console/*${lines(CONSOLE_PAGE_HEADERS)}`,
    // Library sites load the widget from another origin.
    `/widget.js${lines(WIDGET_ASSET_HEADERS)}\n  Cache-Control: public, max-age=300`,
    `/widget/*${lines(WIDGET_ASSET_HEADERS)}`,
    ...urls
      .filter((url) => HASHED.test(url))
      .map((url) => `${url}\n  Cache-Control: public, max-age=31536000, immutable`),
  ];
  return `${rules.join('\n')}\n`;
}

/**
 * Copies `widget/dist/widget.js` to `/widget.js`, `widget/dist/widget/` to `/widget/` and
 * `console/dist/` to `/console/`; what is not built yet is left out (the directory always exists,
 * since wrangler refuses to start without it). Returns the URLs it serves.
 *
 * @example
 * assembleCloudflareAssets(); // ['/widget.js', '/widget/app-CNPdXVa4.js', '/console/index.html', ...]
 */
export function assembleCloudflareAssets(outDir = CLOUDFLARE_ASSETS_DIR): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const widgetDist = join(packagesDir, 'widget', 'dist');
  const copies: [string, string][] = [
    [join(widgetDist, 'widget.js'), join(outDir, 'widget.js')],
    [join(widgetDist, 'widget'), join(outDir, 'widget')],
    [join(packagesDir, 'console', 'dist'), join(outDir, 'console')],
  ];
  for (const [from, to] of copies) if (existsSync(from)) cpSync(from, to, { recursive: true });
  const urls = filesUnder(outDir).map((file) => `/${relative(outDir, file).split('\\').join('/')}`);
  writeFileSync(join(outDir, '_headers'), headersFile(urls));
  return urls;
}

if (import.meta.main) {
  const urls = assembleCloudflareAssets();
  console.log(
    `Assembled ${urls.length} files in ${relative(process.cwd(), CLOUDFLARE_ASSETS_DIR)}`,
  );
}
