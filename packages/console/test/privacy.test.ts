// End to end: a library admin sets how long Springfield keeps identifiers and transcripts; the
// coordinator raises the cooperative's floor, and the admin's shorter choice is then refused.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { openPage, signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';

describe.skipIf(!CHROMIUM)(
  'the privacy and retention page, in Chromium',
  { timeout: 60_000 },
  () => {
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

    it('saves a library\u2019s retention, with transcripts not kept', async () => {
      await openPage(cora, 'Privacy');
      await cora.getByRole('heading', { name: 'Privacy and retention' }).waitFor();
      await expect(cora.getByLabel('Keep identifiers for (days)').inputValue()).resolves.toBe('90');
      await expect(cora.getByLabel('Keep transcripts for (days)').inputValue()).resolves.toBe(
        '365',
      );
      await cora.getByText(/No scrub has run yet/).waitFor();
      expect(await accessibilityViolations(cora)).toEqual([]);

      await cora.getByLabel('Keep identifiers for (days)').fill('60');
      await cora.getByLabel('Keep transcripts', { exact: true }).uncheck();
      await cora.getByText(/Transcripts are deleted at the first nightly scrub/).waitFor();
      await cora.getByRole('button', { name: 'Save retention' }).click();
      await cora.getByText('Retention saved.').waitFor();
      await cora.reload();
      await expect(cora.getByLabel('Keep identifiers for (days)').inputValue()).resolves.toBe('60');
      await expect(cora.getByLabel('Keep transcripts', { exact: true }).isChecked()).resolves.toBe(
        false,
      );
    });

    it('refuses fewer days than the floor the coordinator sets for the cooperative', async () => {
      const dev = await signIn(browser, server.url, 'dev@coop.example');
      await dev.goto(`${server.url}/console/admin/privacy`);
      await dev.getByLabel('Identifiers, at least (days)').fill('90');
      await dev.getByRole('button', { name: 'Save floor' }).click();
      await dev.getByText('Cooperative floor saved.').waitFor();
      expect(await accessibilityViolations(dev)).toEqual([]);
      await dev.context().close();

      await cora.getByLabel('Keep identifiers for (days)').fill('45');
      await cora.getByRole('button', { name: 'Save retention' }).click();
      await cora
        .getByRole('alert')
        .getByText(/the cooperative keeps identifiers at least 90 days/)
        .waitFor();
      await cora.screenshot({ path: '/tmp/refdesk-console-retention.png' });
    });

    it('stores the subnet of patrons\u2019 addresses when the admin chooses it', async () => {
      await cora.reload();
      await cora.getByRole('radio', { name: /Never store it/ }).waitFor();
      await expect(cora.getByRole('radio', { name: /Never store it/ }).isChecked()).resolves.toBe(
        true,
      );
      await cora.getByRole('radio', { name: /Store the subnet only/ }).check();
      await cora.getByRole('button', { name: 'Save IP mode' }).click();
      await cora.getByText('IP mode saved.').waitFor();
      expect(await accessibilityViolations(cora)).toEqual([]);
      await cora.reload();
      await expect(
        cora.getByRole('radio', { name: /Store the subnet only/ }).isChecked(),
      ).resolves.toBe(true);
    });
  },
);
