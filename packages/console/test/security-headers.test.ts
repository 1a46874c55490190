// Finding 9 of security issue #19, in real Chromium: a page on another origin cannot frame the
// console (clickjacking a signed-in librarian), and the console's strict CSP (no inline script or
// style) costs it nothing: a librarian's session reports no violation.
import { createServer, type Server } from 'node:http';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { DEMO_PASSWORD } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';
import { cspViolations, recordCspViolations } from './support/csp.ts';
import { openPatron } from './support/patron.ts';

/** An attacker's site: one page that frames whatever URL it is given. */
async function startFramingSite(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const target = new URL(request.url ?? '/', 'http://x').searchParams.get('frame') ?? '';
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      `<!doctype html><title>Win a prize</title><iframe id="victim" src="${target}" width="800" height="600"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // The console is on 127.0.0.1: `localhost` is another origin of the same machine.
  return { url: `http://localhost:${port}`, server };
}

describe.skipIf(!CHROMIUM)('security: the console in Chromium', { timeout: 30_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let attacker: { url: string; server: Server };

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    attacker = await startFramingSite();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => attacker?.server.close(resolve));
  });

  it('finding 9: a page on another origin cannot frame the console, even signed in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Signed in first, so the framed console would show the desk if it loaded.
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Email').fill('ana@springfield.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('radiogroup', { name: 'Status' }).waitFor();

    const messages: string[] = [];
    const evil = await context.newPage();
    evil.on('console', (message: ConsoleMessage) => messages.push(message.text()));
    const victim = `${server.url}/console/`;
    await evil.goto(`${attacker.url}/?frame=${encodeURIComponent(victim)}`);
    await evil.locator('#victim').waitFor();
    const frame = evil.frames().find((candidate) => candidate !== evil.mainFrame());
    if (!frame) throw new Error('the attacker page has no frame');
    await frame.waitForLoadState();
    // Chromium replaces a refused frame with its error page: nothing of the console is there.
    expect(frame.url()).not.toBe(victim);
    await expect(frame.locator('#app').count()).resolves.toBe(0);
    await expect(frame.getByRole('radiogroup', { name: 'Status' }).count()).resolves.toBe(0);
    expect(messages.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
    await context.close();
  });

  it("finding 9: the widget's files stay loadable by library pages on other origins", async () => {
    const widget = await fetch(`${server.url}/widget.js`, { headers: { origin: attacker.url } });
    expect(widget.status).toBe(200);
    expect(widget.headers.get('access-control-allow-origin')).toBe('*');
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(widget.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('finding 9: the console runs under its CSP without a single violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await recordCspViolations(page);
    const response = await page.goto(`${server.url}/console/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await page.getByLabel('Email').fill('ana@springfield.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('radiogroup', { name: 'Status' }).waitFor();
    // A chat through the socket (connect-src), the offer list, the chat view.
    await page.getByRole('radio', { name: 'Local' }).check();
    const patron = await openPatron(server.url, 'springfield');
    patron.send({ type: 'ask', clientMessageId: 'csp-1', question: 'Do you have a 3D printer?' });
    const offer = page.getByRole('listitem').filter({ hasText: 'Do you have a 3D printer?' });
    await offer.getByRole('button', { name: 'Accept' }).click();
    await page.getByLabel('Message').fill('We do: on the second floor.');
    await page.getByLabel('Message').press('Enter');
    await patron.next('message', (frame) => frame.text === 'We do: on the second floor.');
    patron.close();
    expect(await cspViolations(page)).toEqual([]);
    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await context.close();
  });
});
