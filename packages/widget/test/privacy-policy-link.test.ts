// The privacy note links to the library's full policy, in real Chromium on the real server: the
// admin saves an https address (anything else is refused), and the widget's note ends with it as
// a link, introduced in the page's language.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startNodeServer } from '../../server/src/runtime/node/server.ts';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { BUILT, libraryPage, widget } from './pages.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const skip = !CHROMIUM || !BUILT;
const POLICY = 'https://springfield.example/privacy';
let browser: Browser;
let folder: string;

beforeAll(async () => {
  if (!skip) browser = await launchChromium();
  folder = mkdtempSync(join(tmpdir(), 'refdesk-policy-link-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Cora, Springfield's admin, signed in: requests with her cookie and CSRF token. */
async function asCora(server: RunningServer) {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'cora@springfield.example', password: 'refdesk-demo' }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const path = `${server.url}/api/libraries/springfield/widget-settings`;
  return {
    settings: async () =>
      (await (await fetch(path, { headers: { cookie } })).json()) as Record<string, unknown>,
    save: (body: object) =>
      fetch(path, {
        method: 'PUT',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
}

describe.skipIf(skip)('the privacy note’s link to the full policy', () => {
  it('is saved only as https and shown as a link in the patron’s language', async () => {
    const server = await startNodeServer({
      port: 0,
      host: '127.0.0.1',
      dataPath: join(folder, 'refdesk.db'),
      seed: true,
      logger: { info: () => undefined, error: () => undefined },
    });
    // A Spanish page of the library on another origin.
    const site = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(libraryPage({ script: `${server.url}/widget.js`, lang: 'es' }));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.2', resolve));
    const siteUrl = `http://127.0.0.2:${(site.address() as { port: number }).port}`;
    try {
      const cora = await asCora(server);
      const current = await cora.settings();
      const refused = await cora.save({
        ...current,
        privacyPolicyUrl: 'http://springfield.example/privacy',
      });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('must be an https:// address');
      const allowedOrigins = [...(current.allowedOrigins as string[]), siteUrl];
      const saved = await cora.save({ ...current, allowedOrigins, privacyPolicyUrl: POLICY });
      expect(saved.status).toBe(200);

      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${server.url}/demo/springfield`);
      const w = widget(page);
      await w.launcher.click();
      const note = w.root.locator('p.privacy');
      await note.getByRole('link', { name: POLICY }).waitFor();
      expect(await note.textContent()).toMatch(
        /The library’s full privacy policy: https:\/\/springfield\.example\/privacy$/,
      );
      const link = note.getByRole('link', { name: POLICY });
      expect(await link.getAttribute('href')).toBe(POLICY);
      expect(await link.getAttribute('target')).toBe('_blank');

      await page.goto(siteUrl);
      await w.launcher.click();
      await note.getByRole('link', { name: POLICY }).waitFor();
      expect(await note.textContent()).toContain(
        `Política de privacidad completa de la biblioteca: ${POLICY}`,
      );
      await context.close();
    } finally {
      site.closeAllConnections();
      await new Promise<void>((resolve) => site.close(() => resolve()));
      await server.close();
    }
  });
});
