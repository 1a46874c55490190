// End to end: a patron asks for their chats; Springfield's admin finds them by email, downloads
// them as text and erases them, and the audit log says so without the patron's email.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';
import { openPatron } from './support/patron.ts';

const EMAIL = 'walrus.reader@example.org';
const QUESTION = 'Do you hold the walrus atlas of 1902?';

describe.skipIf(!CHROMIUM)('a patron’s requests, in Chromium', { timeout: 60_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let cora: Page;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    const patron = await openPatron(server.url, 'springfield');
    patron.send({ type: 'ask', clientMessageId: 'p1', question: QUESTION, email: EMAIL });
    await patron.next('message');
    patron.send({ type: 'leave' });
    await patron.next('ended');
    patron.close();
    cora = await signIn(browser, server.url, 'cora@springfield.example');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the patron’s chats by email and downloads them as text', async () => {
    await cora.goto(`${server.url}/console/admin/patrons`);
    await cora.getByRole('heading', { name: 'Patron requests' }).waitFor();
    await cora.getByRole('textbox', { name: 'Email' }).fill(EMAIL.toUpperCase());
    await cora.getByRole('button', { name: 'Find chats' }).click();
    await cora.getByRole('heading', { name: '1 chat' }).waitFor();
    await cora.getByText(QUESTION).waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
    const [download] = await Promise.all([
      cora.waitForEvent('download'),
      cora.getByRole('link', { name: 'Download text' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^chats-springfield-.*\.txt$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toContain(QUESTION);
  });

  it('erases them after a confirmation, and the audit log keeps no trace of the patron', async () => {
    await cora.getByRole('button', { name: 'Erase these chats' }).click();
    await cora
      .getByRole('dialog', { name: 'Erase these chats?' })
      .getByRole('button', { name: 'Erase' })
      .click();
    await cora
      .getByRole('status')
      .getByText(/Erased 1 chat \(\d+ messages?\) and 0 follow-ups/)
      .waitFor();
    await expect(cora.getByText(QUESTION).count()).resolves.toBe(0);
    await cora.getByRole('heading', { name: '0 chats' }).waitFor();

    await cora.goto(`${server.url}/console/people`);
    const entry = cora.getByText(/erased a patron’s chats/).first();
    await entry.waitFor();
    await expect(cora.getByText(EMAIL).count()).resolves.toBe(0);
  });
});
