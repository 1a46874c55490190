import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { StaticAsset, StaticAssets } from '../http/app-deps.ts';

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

/** A URL prefix served from a folder, e.g. `/console/` from packages/console/dist. */
export interface AssetMount {
  prefix: string;
  directory: string;
}

/**
 * Serves built files from folders, read once and kept in memory. Paths cannot escape their folder.
 * File names with a content hash (`panel-3f9a1c2b.js`) are marked immutable.
 *
 * @example
 * createNodeAssets([{ prefix: '/widget', directory: 'packages/widget/dist' }]);
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

async function load(mounts: AssetMount[], path: string): Promise<StaticAsset | undefined> {
  for (const mount of mounts) {
    if (!path.startsWith(mount.prefix)) continue;
    const relative = normalize(path.slice(mount.prefix.length)).replace(/^([/\\])+/, '');
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) return undefined;
    const file = join(mount.directory, relative);
    try {
      const body = new Uint8Array(await readFile(file));
      return {
        body,
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        immutable: /[-.][A-Za-z0-9_-]{8,}\.(js|css)$/.test(file),
      };
    } catch {
      // Not in this mount: try the next.
    }
  }
  return undefined;
}
