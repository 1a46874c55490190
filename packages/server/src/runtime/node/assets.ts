import { readFile } from 'node:fs/promises';
import { extname, join, posix, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';
import type { StaticAsset, StaticAssets } from '../../http/app-deps.ts';
import { CONTENT_CODINGS, type ContentCoding } from '../../http/content-coding.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/**
 * URLs starting with `prefix` served from a folder, e.g. `/console/` from packages/console/dist.
 * The file is the URL less `strip` (default: the prefix), so `/widget.js` and `/widget/panel.js`
 * map to `dist/widget.js` and `dist/widget/panel.js` with `{ prefix: '/widget', strip: '/' }`.
 */
export interface AssetMount {
  prefix: string;
  directory: string;
  strip?: string;
}

/**
 * Serves built files from folders, read once and kept in memory with their brotli and gzip copies
 * (compressed once, at the highest levels: what a browser downloads). Paths cannot escape their
 * folder. File names with a content hash (`panel-3f9a1c2b.js`) are marked immutable.
 *
 * @example
 * createNodeAssets([{ prefix: '/widget', strip: '/', directory: 'packages/widget/dist' }]);
 */
export function createNodeAssets(mounts: AssetMount[]): StaticAssets {
  const cache = new Map<string, StaticAsset | undefined>();
  return {
    async read(path) {
      if (cache.has(path)) return cache.get(path);
      const asset = await load(mounts, path);
      if (asset) cache.set(path, asset);
      return asset;
    },
  };
}

async function load(mounts: AssetMount[], requested: string): Promise<StaticAsset | undefined> {
  // Resolve `..` first, so a path is judged by where it really points.
  const path = posix.normalize(requested);
  for (const mount of mounts) {
    if (!path.startsWith(mount.prefix)) continue;
    const relative = path.slice((mount.strip ?? mount.prefix).length).replace(/^\/+/, '');
    const file = join(mount.directory, relative);
    if (!file.startsWith(mount.directory + sep)) return undefined;
    try {
      const body = new Uint8Array(await readFile(file));
      const contentType = TYPES[extname(file)] ?? 'application/octet-stream';
      return {
        body,
        contentType,
        immutable: /[-.][A-Za-z0-9_-]{8,}\.(js|css)$/.test(file),
        ...(COMPRESSIBLE_CONTENT_TYPE_REGEX.test(contentType)
          ? { encoded: await encode(body) }
          : {}),
      };
    } catch {
      // Not in this mount: try the next.
    }
  }
  return undefined;
}

const compressors: Record<ContentCoding, (body: Uint8Array) => Promise<Uint8Array>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => promisify(gzip)(body, { level: constants.Z_BEST_COMPRESSION }),
};

/** The body in each coding that makes it smaller (a tiny file may grow). */
async function encode(body: Uint8Array): Promise<Partial<Record<ContentCoding, Uint8Array>>> {
  const encoded: Partial<Record<ContentCoding, Uint8Array>> = {};
  for (const coding of CONTENT_CODINGS) {
    const bytes = await compressors[coding](body);
    if (bytes.length < body.length) encoded[coding] = bytes;
  }
  return encoded;
}
