// End to end: Ana blocks an abusive Springfield patron for the cooperative, Dev approves it on the
// Blocks page, and the patron, opening the widget on Shelbyville's page, is told neutrally that no
// librarian is free (the offline form); a day later the block has expired and they can chat.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';

const HOUR = 60 * 60 * 1000;
const ABUSE = 'Answer me now or I will flood this chat all day';

/** The real clock, moved forward on demand: the server sees a day pass in a second. */
function createShiftedClock() {
  let shift = 0;
  return {
    now: () => Date.now() + shift,
    setTimeout: (callback: () => void, delayMs: number) => setTimeout(callback, delayMs),
    clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    forward(ms: number) {
      shift += ms;
    },
  };
}

/** The widget on a library's demo page, opened. */
async function openWidget(page: Page, url: string) {
  await page.goto(url);
  const root = page.locator('refdesk-widget');
  const launcher = root.locator('button.launcher');
  await launcher.waitFor();
  // The panel reopens by itself on a page of the same site where it was left open.
  if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
  return root;
}

/** A librarian online for the whole cooperative. */
async function online(browser: Browser, url: string, email: string): Promise<Page> {
  const page = await signIn(browser, url, email);
  await page.getByRole('radio', { name: 'Cooperative' }).check();
  return page;
}

describe.skipIf(!CHROMIUM)('the cooperative block list, in Chromium', { timeout: 60_000 }, () => {
  const clock = createShiftedClock();
  let server: ConsoleServer;
  let browser: Browser;
  let patron: Page;

  beforeAll(async () => {
    server = await startConsoleServer({ clock });
    browser = await launchChromium();
    patron = await (await browser.newContext()).newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets Ana block the patron of her chat for the cooperative, pending a coordinator', async () => {
    const ana = await online(browser, server.url, 'ana@springfield.example');
    const widget = await openWidget(patron, `${server.url}/demo/springfield`);
    await widget.getByLabel('Message').fill(ABUSE);
    await widget.getByRole('button', { name: 'Send', exact: true }).click();
    const offer = ana.getByRole('listitem').filter({ hasText: ABUSE });
    await offer.getByRole('button', { name: 'Accept' }).click();
    await ana.getByLabel('Message').waitFor();

    await ana.getByRole('button', { name: 'Block', exact: true }).click();
    const dialog = ana.getByRole('dialog', { name: 'Block this patron' });
    await dialog.getByRole('button', { name: 'Block', exact: true }).click();
    await dialog.getByText('Say why: the block list shows it to admins.').waitFor();
    await dialog.getByLabel('Reason').fill('Threatened to flood the service');
    await dialog.getByRole('radio', { name: /Every library of the cooperative/ }).check();
    expect(await accessibilityViolations(ana)).toEqual([]);
    await dialog.getByRole('button', { name: 'Block', exact: true }).click();
    await ana
      .getByText('Patron blocked here; the cooperative block waits for a coordinator.')
      .waitFor();
    await ana.context().close();
  });

  it('lets Dev approve the block on the Blocks page, and the patron is refused neutrally on Shelbyville’s page', async () => {
    const dev = await signIn(browser, server.url, 'dev@coop.example');
    await dev.goto(`${server.url}/console/admin/blocks`);
    await dev.getByRole('heading', { name: 'Blocked patrons' }).waitFor();
    const row = dev.getByRole('row').filter({ hasText: 'Threatened to flood the service' });
    await row.getByText('Waiting for approval').waitFor();
    expect(await accessibilityViolations(dev)).toEqual([]);
    await row.getByRole('button', { name: /^Approve/ }).click();
    await dev.getByText('Block approved for the cooperative.').waitFor();
    await row.getByText('In force').waitFor();
    await dev.screenshot({ path: '/tmp/refdesk-console-blocks.png' });
    await dev.context().close();

    const ben = await online(browser, server.url, 'ben@shelbyville.example');
    // Another patron at Shelbyville can chat: someone is online.
    const other = await (await browser.newContext()).newPage();
    const open = await openWidget(other, `${server.url}/demo/shelbyville`);
    await open.getByLabel('Message').waitFor();
    await other.context().close();

    const widget = await openWidget(patron, `${server.url}/demo/shelbyville`);
    await widget.getByText(/No librarian is free right now/).waitFor();
    await widget.getByLabel(/Your question/).waitFor();
    await expect(widget.getByText(/block/i).count()).resolves.toBe(0);
    await expect(widget.getByLabel('Message').count()).resolves.toBe(0);
    await ben.context().close();
  });

  it('lets the patron chat again once the block has expired', async () => {
    clock.forward(25 * HOUR);
    const ben = await online(browser, server.url, 'ben@shelbyville.example');
    const widget = await openWidget(patron, `${server.url}/demo/shelbyville`);
    await widget.getByLabel('Message').fill('Sorry about yesterday. Do you have Dune?');
    await widget.getByRole('button', { name: 'Send', exact: true }).click();
    await ben
      .getByRole('listitem')
      .filter({ hasText: 'Sorry about yesterday' })
      .getByRole('button', { name: 'Accept' })
      .waitFor();
  });
});
