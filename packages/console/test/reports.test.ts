// End to end: chats run through the real server (a Springfield patron and a Shelbyville patron,
// both answered by Ben at Shelbyville); the coordinator opens Reports, sees the Contribution
// Percentage and downloads the CSV; Springfield's admin sees only Springfield and the totals.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { openPage, signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';
import { openPatron, type Patron } from './support/patron.ts';

describe.skipIf(!CHROMIUM)('reports, in Chromium', { timeout: 120_000 }, () => {
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
    await dev.getByRole('figure', { name: /Contribution Percentage by month/ }).waitFor();
    await dev.getByRole('table', { name: 'Chats requested by weekday and hour' }).waitFor();
    await dev.getByText(/2 answered, 0 abandoned, 0 missed/).waitFor();
    expect(await accessibilityViolations(dev)).toEqual([]);

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
    expect(await accessibilityViolations(cora)).toEqual([]);
  });

  /** Every drilled figure of every report equals the length of the transcript list it opens. */
  async function drilledCountsMatch(page: Page): Promise<number> {
    return page.evaluate(async () => {
      let checked = 0;
      for (const name of ['contribution', 'heatmap', 'wait', 'who-answered', 'outcomes']) {
        const report = await (await fetch(`/api/reports/${name}`)).json();
        const pairs: [Record<string, unknown>, Record<string, string> | null | undefined][] = [
          ...report.rows.map((row: Record<string, unknown>, i: number) => [
            row,
            report.drill.rows[i],
          ]),
          [report.cooperative ?? {}, report.drill.cooperative],
          ...(report.months ?? []).map((row: Record<string, unknown>, i: number) => [
            row,
            report.drill.months[i],
          ]),
        ];
        for (const [row, drill] of pairs) {
          for (const [column, query] of Object.entries(drill ?? {})) {
            const page = await (await fetch(`/api/transcripts?${query}&limit=200`)).json();
            if (page.chats.length !== Number(row[column] ?? 0)) {
              throw new Error(
                `${name} ${column} ${query}: ${page.chats.length} listed, ${row[column]} counted`,
              );
            }
            checked += 1;
          }
        }
      }
      return checked;
    });
  }

  it('drills down from a figure to the transcripts it counts, and every count matches', async () => {
    const dev = await signIn(browser, server.url, 'dev@coop.example');
    await dev.getByRole('link', { name: 'Reports' }).click();
    const table = dev.getByRole('table', { name: /Chats accepted ÷ chats requested/ });
    const shelbyville = table.getByRole('row').filter({ hasText: 'Shelbyville Public Library' });
    // Shelbyville accepted 2 chats (Ben's): the link opens those two.
    await shelbyville.getByRole('link', { name: '2', exact: true }).click();
    await dev
      .getByRole('status')
      .filter({ hasText: /The chats a report counts.*: 2\./ })
      .waitFor();
    const list = dev.getByRole('table', { name: 'Chats, newest first' });
    await expect(list.getByRole('row').count()).resolves.toBe(3);
    await list.getByRole('row').filter({ hasText: 'Do you have the 1950 census?' }).waitFor();
    await list.getByRole('row').filter({ hasText: 'When does the branch open?' }).waitFor();
    expect(await accessibilityViolations(dev)).toEqual([]);
    const [download] = await Promise.all([
      dev.waitForEvent('download'),
      dev.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const csv = (await readFile((await download.path()) ?? '', 'utf8')).trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(await drilledCountsMatch(dev)).toBeGreaterThan(100);
  });

  /**
   * Follows a chart's mark by keyboard (focus, Enter) and checks that the transcript list it
   * opens holds as many chats as the mark's accessible name says.
   */
  async function followChartMark(page: Page, chart: RegExp, mark: RegExp): Promise<number> {
    await page.getByRole('link', { name: 'Reports' }).click();
    const link = page.getByRole('figure', { name: chart }).getByRole('link', { name: mark });
    // The link lies over its mark, inside the chart.
    const figure = await page.getByRole('figure', { name: chart }).boundingBox();
    const box = await link.boundingBox();
    expect(box && figure && box.x >= figure.x && box.x + box.width <= figure.x + figure.width).toBe(
      true,
    );
    expect(
      box && figure && box.y >= figure.y && box.y + box.height <= figure.y + figure.height,
    ).toBe(true);
    const name = (await link.getAttribute('aria-label')) ?? '';
    const count = Number(mark.exec(name)?.[1]);
    await link.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`The chats a report counts.*: ${count}\\.`) })
      .waitFor();
    const list = page.getByRole('table', { name: 'Chats, newest first' });
    await expect(list.getByRole('row').count()).resolves.toBe(count + 1);
    return count;
  }

  it("drills down from the charts' marks, by keyboard, to the chats they count", async () => {
    const dev = await signIn(browser, server.url, 'dev@coop.example');
    // Both chats were answered within seconds: the first bucket's bar of answered chats.
    await expect(
      followChartMark(dev, /Chats by wait/, /^answered, waited .*: (\d+) chats$/),
    ).resolves.toBe(2);
    expect(await accessibilityViolations(dev)).toEqual([]);
    // Shelbyville's point this month: 200%, its 2 accepted chats.
    await expect(
      followChartMark(
        dev,
        /Contribution Percentage by month/,
        /^Shelbyville Public Library, .*: 200%.*list the (\d+) accepted$/,
      ),
    ).resolves.toBe(2);
    // Springfield's admin: her patron's one chat, answered by Ben.
    const cora = await signIn(browser, server.url, 'cora@springfield.example');
    await expect(
      followChartMark(cora, /Chats by wait/, /^answered, waited .*: (\d+) chats$/),
    ).resolves.toBe(1);
    expect(await accessibilityViolations(cora)).toEqual([]);
  });

  it("drills down from Springfield's admin's figures to Springfield's chats", async () => {
    const cora = await signIn(browser, server.url, 'cora@springfield.example');
    await cora.getByRole('link', { name: 'Reports' }).click();
    const table = cora.getByRole('table', { name: /Chats accepted ÷ chats requested/ });
    const springfield = table.getByRole('row').filter({ hasText: 'Springfield Public Library' });
    await springfield.getByRole('link', { name: '1', exact: true }).click();
    await cora
      .getByRole('status')
      .filter({ hasText: /The chats a report counts.*: 1\./ })
      .waitFor();
    const list = cora.getByRole('table', { name: 'Chats, newest first' });
    await list.getByRole('row').filter({ hasText: 'Do you have the 1950 census?' }).waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
    const [download] = await Promise.all([
      cora.waitForEvent('download'),
      cora.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const csv = (await readFile((await download.path()) ?? '', 'utf8')).trim().split('\r\n');
    expect(csv).toHaveLength(2);
    expect(await drilledCountsMatch(cora)).toBeGreaterThan(50);
  });
});
