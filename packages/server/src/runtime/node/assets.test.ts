import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../http/app-deps.ts';
import { assetRoutes } from '../../http/routes/asset-routes.ts';
import { createNodeAssets } from './assets.ts';

function builtWidget() {
  const dist = mkdtempSync(join(tmpdir(), 'refdesk-assets-'));
  mkdirSync(join(dist, 'widget'));
  writeFileSync(join(dist, 'widget.js'), 'loader');
  writeFileSync(join(dist, 'widget', 'panel-Ab3dE9xZ.js'), 'panel');
  writeFileSync(join(dist, 'secret.txt'), 'nope');
  return createNodeAssets([{ prefix: '/widget', strip: '/', directory: dist }]);
}

describe('built assets on Node', () => {
  it('serves the loader at /widget.js and its lazy chunks under /widget/', async () => {
    const assets = builtWidget();
    const loader = await assets.read('/widget.js');
    expect(new TextDecoder().decode(loader?.body)).toBe('loader');
    expect(loader).toMatchObject({
      contentType: 'text/javascript; charset=utf-8',
      immutable: false,
    });
    const chunk = await assets.read('/widget/panel-Ab3dE9xZ.js');
    expect(new TextDecoder().decode(chunk?.body)).toBe('panel');
    expect(chunk?.immutable).toBe(true);
  });

  it('serves nothing outside its prefix, nor above its folder', async () => {
    const assets = builtWidget();
    expect(await assets.read('/secret.txt')).toBeUndefined();
    expect(await assets.read('/widget/../secret.txt')).toBeUndefined();
    expect(await assets.read('/widget/../../etc/passwd')).toBeUndefined();
  });
});

describe('built assets on the wire', () => {
  // The routes as the Node server mounts them, over a folder with one file of each kind.
  function server() {
    const dist = mkdtempSync(join(tmpdir(), 'refdesk-assets-'));
    mkdirSync(join(dist, 'widget'));
    writeFileSync(join(dist, 'widget', 'panel-Ab3dE9xZ.js'), PANEL);
    writeFileSync(join(dist, 'widget', 'app-Cd4eF0yZ.js'), 'export{}');
    writeFileSync(join(dist, 'widget', 'badge.png'), PANEL);
    const assets = createNodeAssets([{ prefix: '/widget', strip: '/', directory: dist }]);
    return assetRoutes({ assets } as AppDeps);
  }
  const PANEL = `export function panel(){return ${JSON.stringify('Ask a librarian. '.repeat(200))}}`;
  const get = (path: string, acceptEncoding?: string) =>
    server().request(
      path,
      acceptEncoding ? { headers: { 'Accept-Encoding': acceptEncoding } } : {},
    );
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it("sends brotli to Chromium's Accept-Encoding, smaller than gzip, varying on the header", async () => {
    const response = await get('/widget/panel-Ab3dE9xZ.js', 'gzip, deflate, br, zstd');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('cache-control')).toContain('immutable');
    const body = await bytes(response);
    expect(brotliDecompressSync(body).toString()).toBe(PANEL);
    const gzipped = await bytes(await get('/widget/panel-Ab3dE9xZ.js', 'gzip'));
    expect(body.length).toBeLessThan(gzipped.length);
    expect(gunzipSync(gzipped).toString()).toBe(PANEL);
  });

  it('sends gzip where brotli is refused, and the file as it is to a client that accepts neither', async () => {
    const gzipped = await get('/widget/panel-Ab3dE9xZ.js', 'br;q=0, gzip');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gzipped)).toString()).toBe(PANEL);
    const plain = await get('/widget/panel-Ab3dE9xZ.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect((await bytes(plain)).toString()).toBe(PANEL);
  });

  it('sends as they are a file that compression would grow and an image', async () => {
    const tiny = await get('/widget/app-Cd4eF0yZ.js', 'br, gzip');
    expect(tiny.headers.get('content-encoding')).toBeNull();
    expect((await bytes(tiny)).toString()).toBe('export{}');
    const image = await get('/widget/badge.png', 'br, gzip');
    expect(image.headers.get('content-encoding')).toBeNull();
    expect((await bytes(image)).toString()).toBe(PANEL);
  });
});
