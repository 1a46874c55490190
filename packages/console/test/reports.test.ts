// End to end: chats run through the real server (a Springfield patron and a Shelbyville patron,
// both answered by Ben at Shelbyville); the coordinator opens Reports, sees the Contribution
// Percentage and downloads the CSV; Springfield's admin sees only Springfield and the totals.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { openPage, signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';
import { openPatron, type Patron } from './support/patron.ts';

describe.skipIf(!CHROMIUM)('reports, in Chromium', { timeout: 40_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  const patrons: Patron[] = [];

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    for (const patron of patrons) patron.close();
    await browser?.close();
    await server?.close();
  });

  async function answeredByBen(ben: Page, library: string, question: string): Promise<void> {
    const patron = await openPatron(server.url, library);
    patrons.push(patron);
    patron.send({ type: 'ask', clientMessageId: `ask-${library}`, question });
    await patron.next('queued');
    const offer = ben.getByRole('listitem').filter({ hasText: question });
    await offer.getByRole('button', { name: 'Accept' }).click();
    await patron.next('assigned');
  }

  it('runs chats through the server', async () => {
    const ben = await signIn(browser, server.url, 'ben@shelbyville.example');
    await ben.getByRole('radio', { name: 'Cooperative' }).check();
    await answeredByBen(ben, 'springfield', 'Do you have the 1950 census?');
    await answeredByBen(ben, 'shelbyville', 'When does the branch open?');
  });

  it('shows the coordinator every Contribution Percentage and downloads the CSV', async () => {
    const dev = await signIn(browser, server.url, 'dev@coop.example');
    await openPage(dev, 'Reports');
    const table = dev.getByRole('table', { name: /Chats accepted ÷ chats requested/ });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    // Springfield: 1 requested, 0 accepted. Shelbyville: 1 requested, 2 accepted (Ben, both).
    await expect(row('Shelbyville Public Library').innerText()).resolves.toMatch(/1\s+2\s+200/);
    await expect(row('Springfield Public Library').innerText()).resolves.toMatch(/1\s+0\s+0/);
    await dev.getByRole('img', { name: /Contribution Percentage by month/ }).waitFor();
    await dev.getByRole('table', { name: 'Chats requested by weekday and hour' }).waitFor();
    await dev.getByText(/2 answered, 0 abandoned, 0 missed/).waitFor();
    expect(await axeViolations(dev)).toEqual([]);

    const [download] = await Promise.all([
      dev.waitForEvent('download'),
      dev.getByRole('link', { name: 'Download contribution CSV' }).click(),
    ]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('library,requested,accepted,contribution_percentage');
    expect(lines).toContain('Shelbyville Public Library,1,2,200');
    expect(lines).toContain('Springfield Public Library,1,0,0');
  });

  it("shows Springfield's admin only Springfield, beside the cooperative's totals", async () => {
    const cora = await signIn(browser, server.url, 'cora@springfield.example');
    await openPage(cora, 'Reports');
    const table = cora.getByRole('table', { name: /Chats accepted ÷ chats requested/ });
    await table.getByRole('row').filter({ hasText: 'Springfield Public Library' }).waitFor();
    await expect(table.getByRole('row').filter({ hasText: 'Shelbyville' }).count()).resolves.toBe(
      0,
    );
    await expect(
      table.getByRole('row').filter({ hasText: 'Cooperative' }).innerText(),
    ).resolves.toMatch(/2\s+2\s+100/);
    await expect(cora.getByRole('combobox', { name: 'Library' }).count()).resolves.toBe(0);
    expect(await axeViolations(cora)).toEqual([]);
  });
});
