// The console as people set up their screens: forced colours (Windows High Contrast), a
// coordinator's top bar at 1280 px wide, and a larger default font size on a 320 px screen.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';

/**
 * The colour Chromium actually painted just inside an element's left edge, read from a
 * screenshot: in forced colours the computed styles still report the page's own colours.
 */
async function paintedBackground(scratch: Page, locator: Locator): Promise<string> {
  const png = (await locator.screenshot()).toString('base64');
  return scratch.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    return context.getImageData(3, Math.floor(image.height / 2), 1, 1).data.join(',');
  }, png);
}

/** Whether every item of the top bar overlaps every other vertically: one row. */
const oneRow = (page: Page) =>
  page.locator('header.topbar').evaluate((header) => {
    const boxes = [...header.querySelectorAll('.brand, .topnav > *, .topbar-end > *')].map((item) =>
      item.getBoundingClientRect(),
    );
    return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
  });

describe.skipIf(!CHROMIUM)('the console’s display, in Chromium', { timeout: 40_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let dev: Page;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    dev = await signIn(browser, server.url, 'dev@coop.example');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a coordinator’s whole top bar in one row at 1280 px', async () => {
    await dev.setViewportSize({ width: 1280, height: 800 });
    await dev.getByRole('radiogroup', { name: 'Status' }).waitFor();
    expect(await oneRow(dev)).toBe(true);
    // The account menu shows initials there, and is still named after the person.
    expect(await dev.locator('.user-menu summary').textContent()).toContain('Dev Dasgupta');
  });

  it('marks the current page, the chosen status and the focus in forced colours', async () => {
    await dev.emulateMedia({ forcedColors: 'active' });
    const scratch = await dev.context().newPage();
    const painted = (locator: Locator) => paintedBackground(scratch, locator);
    const nav = dev.getByRole('navigation', { name: 'Console' });
    const current = nav.getByRole('link', { name: 'Desk', exact: true });
    const other = nav.getByRole('link', { name: 'Scripts', exact: true });
    expect(await current.getAttribute('aria-current')).toBe('page');
    expect(await painted(current)).not.toBe(await painted(other));

    const status = dev.getByRole('radiogroup', { name: 'Status' });
    const chosen = status.locator('input:checked + span');
    const notChosen = status.locator('input:not(:checked) + span').first();
    expect(await painted(chosen)).not.toBe(await painted(notChosen));

    await other.focus();
    await dev.keyboard.press('Shift+Tab');
    await dev.keyboard.press('Tab');
    const ring = await other.evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(ring.style).toBe('solid');
    expect(Number.parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
    await scratch.close();
    await dev.emulateMedia({ forcedColors: 'none' });
  });
});

describe.skipIf(!CHROMIUM)('the console at a larger default font size', { timeout: 60_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The desk at 320 px wide with the browser's default font size set to `standard` px. */
  async function deskAt(standard: number) {
    const page = await signIn(browser, server.url, 'ana@springfield.example', {
      width: 320,
      height: 640,
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard } });
    return page;
  }
  const sizes = (page: Page) =>
    page.evaluate(() => {
      const px = (el: Element | null) =>
        el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0;
      return {
        root: px(document.documentElement),
        nav: px(document.querySelector('.topnav-link')),
        heading: px(document.querySelector('main h1, main h2')),
      };
    });

  it('grows every text in proportion, and still fits 320 px without sideways scrolling', async () => {
    const normal = await deskAt(16);
    const large = await deskAt(32);
    const before = await sizes(normal);
    const after = await sizes(large);
    expect(before.root).toBe(15);
    expect(after.root).toBe(30);
    expect(after.nav / before.nav).toBeCloseTo(2, 1);
    expect(after.heading / before.heading).toBeCloseTo(2, 1);
    const outside = await large.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(outside).toEqual([]);
    expect(await large.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
  });
});
