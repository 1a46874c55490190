import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
