// End to end: a library admin edits the policy page (versioned, with conflicts caught), scripts and
// widget settings; every page passes axe; librarians cannot reach the admin pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { openPage, signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';
import { openPatron } from './support/patron.ts';

describe.skipIf(!CHROMIUM)('library admin pages, in Chromium', { timeout: 60_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let cora: Page;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    cora = await signIn(browser, server.url, 'cora@springfield.example');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves a new version of the policy page, and refuses to overwrite a newer one', async () => {
    await openPage(cora, 'Edit policy page');
    await cora.getByText(/^Version 1, last updated/).waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
    const dev = await signIn(browser, server.url, 'dev@coop.example');
    await dev.goto(`${server.url}/console/admin/policy`);
    await dev.getByLabel('Alerts').fill('Main Library closes at 3 pm on Friday.');
    await dev.getByRole('button', { name: 'Save new version' }).click();
    await dev.getByText('Policy page saved as version 2.').waitFor();

    await cora.getByLabel('Alerts').fill('Westside reopens on Monday.');
    await cora.getByRole('button', { name: 'Save new version' }).click();
    await cora
      .getByRole('alert')
      .getByText(/Someone saved a newer version/)
      .waitFor();
    await cora.screenshot({ path: '/tmp/refdesk-console-policy-conflict.png' });
    await cora.getByRole('button', { name: 'Load the latest version' }).click();
    await expect(cora.getByLabel('Alerts').inputValue()).resolves.toBe(
      'Main Library closes at 3 pm on Friday.',
    );
    await cora.getByLabel('Alerts').fill('Westside reopens on Monday.');
    await cora.getByRole('button', { name: 'Save new version' }).click();
    await cora.getByText('Policy page saved as version 3.').waitFor();
    await dev.context().close();
  });

  it('finds the new text with the policy search across libraries', async () => {
    await cora.getByRole('link', { name: 'Policy pages' }).click();
    await cora.getByLabel('Search policy pages').fill('Westside reopens');
    await cora.getByRole('button', { name: 'Search' }).click();
    await cora.getByRole('button', { name: /Springfield Public Library · Alerts/ }).click();
    const page = cora.getByRole('region', { name: 'Policy page' });
    await page.getByText('Westside reopens on Monday.').waitFor();
    await page.getByText(/Version 3/).waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
  });

  it('adds a library script, with variables, for every librarian of the library', async () => {
    await cora.getByRole('link', { name: 'Scripts', exact: true }).click();
    await cora.getByRole('button', { name: 'New script' }).click();
    const form = cora.getByRole('form', { name: 'New script' });
    await form.getByLabel('Title').fill('Holds pickup');
    await form.getByLabel('Scope').selectOption('library');
    await form.getByLabel('Text').fill('Holds wait 7 days at the {patronLibrary} desk.');
    await form.getByRole('button', { name: 'Save script' }).click();
    await cora.getByText('Script added.').waitFor();
    await cora.getByRole('heading', { name: 'Holds pickup' }).waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
  });

  it('edits the widget settings and shows the script tag to copy', async () => {
    await openPage(cora, 'Widget settings');
    await expect(cora.getByRole('textbox', { name: 'Script tag' }).inputValue()).resolves.toBe(
      `<script async src="${server.url}/widget.js" data-library="springfield"></script>`,
    );
    await cora.getByLabel('Privacy note').fill('We keep transcripts for 30 days.');
    await cora.getByRole('button', { name: 'Add hours' }).click();
    await cora.getByRole('button', { name: 'Save settings' }).click();
    await cora.getByText('Widget settings saved.').waitFor();
    await cora.screenshot({ path: '/tmp/refdesk-console-widget.png', fullPage: true });
    expect(await accessibilityViolations(cora)).toEqual([]);
    await cora.reload();
    await expect(cora.getByLabel('Privacy note').inputValue()).resolves.toBe(
      'We keep transcripts for 30 days.',
    );
    await expect(cora.getByLabel('Day').inputValue()).resolves.toBe('1');
  });

  it('takes a bare host or a page address as an allowed site, and says beside the field which line is not one', async () => {
    await openPage(cora, 'Widget settings');
    const sites = cora.getByRole('textbox', { name: 'Allowed sites' });
    await sites.fill(
      'http://localhost\nhttp://127.0.0.1\nwww.springfield.example\nftp://files.example',
    );
    await cora.getByRole('button', { name: 'Save settings' }).click();
    await expect(sites.getAttribute('aria-invalid')).resolves.toBe('true');
    const error = cora.locator('#widget-origins-error');
    await expect(error.textContent()).resolves.toMatch(
      /^Line 4: “ftp:\/\/files\.example” is not a website address/,
    );
    expect(await accessibilityViolations(cora)).toEqual([]);
    await sites.fill(
      'http://localhost\nhttp://127.0.0.1\nwww.springfield.example\nhttps://springfield.example/events?month=5',
    );
    await sites.blur();
    await expect(sites.inputValue()).resolves.toBe(
      'http://localhost\nhttp://127.0.0.1\nhttps://www.springfield.example\nhttps://springfield.example',
    );
    await cora.getByRole('button', { name: 'Save settings' }).click();
    await cora.getByText('Widget settings saved.').waitFor();
    await cora.reload();
    await expect(cora.getByRole('textbox', { name: 'Allowed sites' }).inputValue()).resolves.toBe(
      'http://localhost\nhttp://127.0.0.1\nhttps://www.springfield.example\nhttps://springfield.example',
    );
  });

  it('keeps librarians out of the admin pages', async () => {
    const ben = await signIn(browser, server.url, 'ben@shelbyville.example');
    await expect(ben.locator('summary', { hasText: 'Manage' }).count()).resolves.toBe(0);
    await ben.goto(`${server.url}/console/admin/policy`);
    await ben.getByRole('heading', { name: 'Library admins only' }).waitFor();
    await ben.context().close();
  });

  it('stays usable on a tablet: the desk, with the policy page under the chat', async () => {
    const tablet = await signIn(browser, server.url, 'ben@shelbyville.example', {
      width: 768,
      height: 1024,
    });
    await tablet.getByRole('radio', { name: 'Cooperative' }).check();
    const patron = await openPatron(server.url, 'springfield');
    patron.send({
      type: 'ask',
      clientMessageId: 'p-tablet',
      question: 'Is the Westside branch open?',
    });
    await tablet.getByRole('button', { name: 'Accept' }).click();
    await tablet.getByLabel('Message').fill('Let me check the policy page.');
    await tablet
      .getByRole('complementary', { name: 'Springfield Public Library policy page' })
      .getByText('Alerts')
      .first()
      .waitFor();
    await tablet.screenshot({ path: '/tmp/refdesk-console-tablet.png', fullPage: true });
    expect(await accessibilityViolations(tablet)).toEqual([]);
    patron.close();
    await tablet.context().close();
  });
});
