// End to end: the home library sees another library helping its patron and takes the chat back,
// transfers it on to a library, and the librarian there records the outcome after the patron left.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';
import { openPatron, type Patron } from './support/patron.ts';

const QUESTION = 'Is the Westside branch open this week?';

describe.skipIf(!CHROMIUM)('take back and transfer, in Chromium', { timeout: 30_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let ben: Page;
  let ana: Page;
  let patron: Patron;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    ben = await signIn(browser, server.url, 'ben@shelbyville.example');
    await ben.getByRole('radio', { name: 'Cooperative' }).check();
    patron = await openPatron(server.url, 'springfield');
    patron.send({ type: 'ask', clientMessageId: 'p-ask', question: QUESTION });
    await ben.getByRole('button', { name: 'Accept' }).click();
    await patron.next('assigned');
  }, 60_000);
  afterAll(async () => {
    patron?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the home library who is helping its patron, and lets it take the chat back', async () => {
    ana = await signIn(browser, server.url, 'ana@springfield.example');
    const covered = ana.getByRole('region', { name: /Covered by others/ });
    await covered.getByText(QUESTION).waitFor();
    await covered.getByText(/Ben Brooks, Shelbyville Public Library/).waitFor();
    await covered.getByRole('button', { name: 'Take back' }).click();

    await ana.getByRole('tab', { name: /Patron/ }).waitFor();
    await expect(
      ana.getByRole('button', { name: 'Policy page' }).getAttribute('aria-pressed'),
    ).resolves.toBe('false');
    await ben.getByText("The patron's library took this chat back.").waitFor();
    await expect(ben.getByRole('tab').count()).resolves.toBe(0);
    const takeover = await patron.next('assigned', (frame) => frame.isHomeLibrary === true);
    expect(takeover.responderName).toBe('Ana Alvarez');
  });

  it('transfers the chat to another library, whose librarian is offered it', async () => {
    await ana.getByRole('button', { name: 'Transfer' }).click();
    const dialog = ana.getByRole('dialog', { name: 'Transfer chat' });
    await dialog.getByLabel('A library').check();
    await dialog.getByLabel('Library', { exact: true }).selectOption('shelbyville');
    await dialog.getByLabel(/Note for the next librarian/).fill('Asked about Westside hours.');
    await dialog.getByRole('button', { name: 'Transfer' }).click();
    await ana.getByText('The chat was transferred.').waitFor();

    const offer = ben.getByRole('listitem').filter({ hasText: QUESTION });
    await offer.getByRole('button', { name: 'Accept' }).click();
    const log = ben.getByRole('log', { name: 'Conversation' });
    await log.getByText('Asked about Westside hours.').waitFor();
  });

  it('keeps a chat the patron left until the librarian records its outcome', async () => {
    patron.send({ type: 'leave' });
    await ben.getByText(/The patron left the chat/).waitFor();
    await ben.getByRole('button', { name: 'Add note' }).waitFor();
    await ben.getByRole('button', { name: 'End chat' }).click();
    const dialog = ben.getByRole('dialog', { name: 'End chat' });
    await dialog.getByLabel('Answered').check();
    await dialog.getByRole('button', { name: 'End chat' }).click();
    await ben.getByText('Chat ended: answered.').waitFor();
    await expect(ben.getByRole('tab').count()).resolves.toBe(0);
  });
});
