import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { chooseCoding } from '../content-coding.ts';
import { WIDGET_ASSET_HEADERS } from '../security-headers.ts';

/**
 * The built widget (`/widget.js`, lazily loaded `/widget/*`) and console (`/console/*`), in the
 * smallest coding the browser accepts (kept compressed: brotli, else gzip; else gzipped on the way)
 * with cache headers: content-hashed files for a year, the rest briefly so deploys show up.
 */
export function assetRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', compress());
  app.get('/console', (c) => c.redirect('/console/'));
  app.get('*', async (c) => {
    let path = c.req.path;
    if (path.endsWith('/')) path += 'index.html';
    const asset = await deps.assets.read(path);
    if (!asset) {
      // The console is a single-page app: unknown paths under it get its shell.
      const shell = path.startsWith('/console/')
        ? await deps.assets.read('/console/index.html')
        : undefined;
      if (!shell) return c.notFound();
      return c.body(shell.body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': shell.contentType,
        'Cache-Control': 'no-cache',
      });
    }
    const cacheControl = asset.immutable
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=300';
    const headers: Record<string, string> = {
      'Content-Type': asset.contentType,
      'Cache-Control': cacheControl,
    };
    if (path.startsWith('/widget')) Object.assign(headers, WIDGET_ASSET_HEADERS);
    const coding = asset.encoded && chooseCoding(c.req.header('Accept-Encoding'), asset.encoded);
    if (asset.encoded) headers.Vary = 'Accept-Encoding';
    if (coding) headers['Content-Encoding'] = coding;
    const body = (coding && asset.encoded?.[coding]) || asset.body;
    // The length also tells compress() below to leave small files as they are.
    headers['Content-Length'] = String(body.length);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  });
  return app;
}
