// Focus and announcements in real Chromium: where focus goes when a screen changes or a close
// button goes away, what the one polite live region says, and the panel's language.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { type FakePeer, startFakePeer } from './fake-peer.ts';
import { ask, BUILT, libraryPage, widget } from './pages.ts';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
const skip = !CHROMIUM || !BUILT;
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

async function open(options: Parameters<typeof startFakePeer>[0] = {}, lang = 'en'): Promise<Page> {
  peer = await startFakePeer({ pages: { '/': libraryPage({ lang }) }, ...options });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${peer.url}/`);
  return page;
}

/** The focused element inside the widget, described as its tag and text or label. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('refdesk-widget')?.shadowRoot?.activeElement;
    if (!el) return `outside: ${document.activeElement?.tagName}`;
    return `${el.tagName.toLowerCase()}: ${el.getAttribute('aria-label') ?? el.id ?? ''} ${el.textContent?.trim() ?? ''}`.trim();
  });
const live = (page: Page) => widget(page).root.locator('[aria-live="polite"]');

describe.skipIf(skip)('focus and announcements in Chromium', () => {
  it('announces the question sent, the place in line and the end, in one polite region', async () => {
    const page = await open();
    await ask(page, 'Do you have a fax machine?');
    expect(await widget(page).root.locator('[aria-live]').count()).toBe(1);
    await expect.poll(() => live(page).textContent()).toMatch(/Message sent\.|number \d+ in line/);
    peer?.assign();
    peer?.say('We do, on the second floor.');
    await expect.poll(() => live(page).textContent()).toContain('We do, on the second floor.');
    peer?.end();
    await expect
      .poll(async () => (await live(page).textContent())?.trim())
      .toBe('The chat is over: The librarian ended the chat.');
  });

  it('moves focus to why the chat ended when the librarian ends it while the patron types', async () => {
    const page = await open();
    await ask(page, 'Can I renew a book?');
    peer?.assign();
    await widget(page).message.focus();
    expect(await focused(page)).toContain('rd-message');
    peer?.end();
    await expect.poll(() => focused(page)).toContain('The librarian ended the chat.');
    const snapshot = await widget(page).root.locator('.panel').ariaSnapshot();
    expect(snapshot).toContain('The librarian ended the chat.');
  });

  it('keeps focus in the panel after "Send feedback" and after "Start a new chat"', async () => {
    const page = await open();
    await ask(page, 'Where is the toilet?');
    peer?.assign();
    peer?.end();
    const root = widget(page).root;
    await root.locator('label[for="rd-star-4"]').click();
    await root.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => focused(page)).toContain('Thank you for your feedback.');
    await root.getByRole('button', { name: 'Start a new chat' }).click();
    // The fake peer knows one chat only and hands the ended one back: what matters is that focus
    // is on something in the panel, never dropped to the page's <body>.
    await expect.poll(() => focused(page)).not.toMatch(/^outside/);
    expect(await focused(page)).not.toContain('Start a new chat');
  });

  it('puts focus in the leave-a-question form when the panel opens on it', async () => {
    const page = await open({ available: false });
    await widget(page).launcher.click();
    await expect.poll(() => focused(page)).toContain('rd-offline-question');
    const email = widget(page).root.locator('#rd-offline-email');
    expect(await email.getAttribute('aria-required')).toBe('true');
    const label = await widget(page).root.locator('.panel').ariaSnapshot();
    expect(label).toContain('Your email (required)');
  });

  it('gives the panel the language and direction of its texts', async () => {
    const page = await open({}, 'ar');
    await widget(page).launcher.click();
    const panel = widget(page).root.locator('.panel');
    await panel.waitFor();
    expect(await panel.getAttribute('lang')).toBe('ar');
    expect(await panel.getAttribute('dir')).toBe('rtl');
  });

  it('draws an edge around the panel and the launcher in forced colours', async () => {
    const page = await open();
    await page.emulateMedia({ forcedColors: 'active' });
    await widget(page).launcher.click();
    const styles = await widget(page)
      .root.locator('.panel')
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(styles).toBe('solid');
    const outline = await widget(page).launcher.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });
});
