// The built script tag in real Chromium: strict CSP, a hostile host stylesheet (accessibility: see
// accessibility.test.ts), and chunks loaded from the script's own origin, not the page's.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { type FakePeer, startFakePeer } from './fake-peer.ts';
import { ask, BUILT, libraryPage, widget } from './pages.ts';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
const skip = !CHROMIUM || !BUILT;
const HOSTILE = `* { all: revert; font-size: 40px !important; color: red !important; box-sizing: content-box !important }
button, div, section, textarea { display: block !important; position: static !important; margin: 30px !important; padding: 20px !important }
refdesk-widget { transform: rotate(3deg); filter: blur(2px); font-family: serif !important }
:root { font-size: 40px !important }`;
let browser: Browser;
let peer: FakePeer | undefined;

beforeAll(async () => {
  if (!skip) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});
async function open(pages: Parameters<typeof startFakePeer>[0] = {}): Promise<Page> {
  peer = await startFakePeer(pages);
  const page = await (await browser.newContext()).newPage();
  return page;
}

describe.skipIf(skip)('the script tag in Chromium', () => {
  it('works on a page with a strict Content Security Policy, without one violation', async () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
    const page = await open({
      pages: { '/': { body: libraryPage(), headers: { 'content-security-policy': csp } } },
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused/.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${peer?.url}/`);
    const w = widget(page);
    await w.launcher.waitFor();
    await expect
      .poll(() => w.launcher.evaluate((el) => getComputedStyle(el).backgroundColor))
      .toBe('rgb(31, 78, 153)');
    await ask(page, 'Is the library open on Sunday?');
    peer?.assign();
    peer?.say('Yes, from 1 to 5.');
    await w.bubble('from 1 to 5').waitFor();
    expect(violations).toEqual([]);
  });

  it('keeps its looks under a hostile host stylesheet, and its own styles off the page', async () => {
    const page = await open({
      pages: {
        '/': libraryPage({
          head: `<style>${HOSTILE}</style>`,
          body: '<button class="launcher panel">A page button</button><div class="bubble">page</div>',
        }),
      },
    });
    await page.goto(`${peer?.url}/`);
    const w = widget(page);
    await w.launcher.waitFor();
    const launcher = await w.launcher.evaluate((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        font: style.fontSize,
        position: style.position,
        right: innerWidth - box.right,
        height: box.height,
      };
    });
    expect(launcher).toEqual({ font: '16px', position: 'fixed', right: 20, height: 52 });
    await w.launcher.click();
    const panel = await w.root.locator('.panel').evaluate((el) => el.getBoundingClientRect().width);
    expect(panel).toBe(384);
    const input = await w.message.evaluate((el) => getComputedStyle(el).fontSize);
    expect(input).toBe('16px');
    const pageButton = await page
      .locator('body > button')
      .evaluate((el) => getComputedStyle(el).position);
    expect(pageButton).toBe('static');
  });

  it('fills a phone screen, with 16 px inputs so the page does not zoom, and keeps still', async () => {
    peer = await startFakePeer({ pages: { '/': libraryPage() } });
    const context = await browser.newContext({
      viewport: { width: 390, height: 700 },
      isMobile: true,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${peer.url}/`);
    await widget(page).launcher.click();
    const panel = await widget(page)
      .root.locator('.panel')
      .evaluate((el) => {
        const { x, y, width, height } = el.getBoundingClientRect();
        return { x, y, width, height, animation: getComputedStyle(el).animationName };
      });
    expect(panel).toEqual({ x: 0, y: 0, width: 390, height: 700, animation: 'none' });
    const sizes = await widget(page)
      .root.locator('input, textarea')
      .evaluateAll((elements) => elements.map((el) => getComputedStyle(el).fontSize));
    expect(new Set(sizes)).toEqual(new Set(['16px']));
  });

  it('loads its chunks from the script’s own origin when the page is on another one', async () => {
    peer = await startFakePeer();
    const host: Server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(
        libraryPage({ script: `${peer?.url}/widget.js`, attributes: `data-server="${peer?.url}"` }),
      );
    });
    await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/deep/path/page`);
    await ask(page, 'Cross-origin?');
    expect(peer.received.some((frame) => frame.type === 'ask')).toBe(true);
    host.closeAllConnections();
    await new Promise((resolve) => host.close(resolve));
  });
});
