// End to end, the rotating random sample: Ben answers a Springfield patron; Dev, the coordinator,
// sets the rule and draws the sample now from the Quality page; Quinn, a quality reviewer, finds
// the chat in the review inbox as "Sampled" with why it was drawn, and assigns it with a due date.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';
import { openPatron } from './support/patron.ts';

const QUESTION = 'Do you lend telescopes?';

describe.skipIf(!CHROMIUM)('the quality sample, in Chromium', { timeout: 60_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let quinn: Page;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Ben answers a Springfield patron and ends the chat', async () => {
    const ben = await signIn(browser, server.url, 'ben@shelbyville.example');
    await ben.getByRole('radio', { name: 'Cooperative' }).check();
    const patron = await openPatron(server.url, 'springfield');
    patron.send({ type: 'ask', clientMessageId: 's-ask-1', question: QUESTION, name: 'Lisa' });
    const offer = ben.getByRole('listitem').filter({ hasText: QUESTION });
    await offer.getByRole('button', { name: 'Accept' }).click();
    await patron.next('assigned');
    await ben.getByLabel('Message').fill('Yes, from the main desk, for two weeks.');
    await ben.getByRole('button', { name: 'Send' }).click();
    await patron.next('message', (f) => f.authorRole === 'responder');
    await ben.getByRole('button', { name: 'End chat' }).click();
    const dialog = ben.getByRole('dialog', { name: 'End chat' });
    await dialog.getByLabel('Answered').check();
    await dialog.getByRole('button', { name: 'End chat' }).click();
    await patron.next('ended');
    patron.close();
    await ben.context().close();
  });

  it('Dev sets the rule and draws the sample now', async () => {
    const dev = await signIn(browser, server.url, 'dev@coop.example');
    await dev.goto(`${server.url}/console/quality`);
    const panel = dev.getByRole('region', { name: 'Random sample' });
    await panel.getByText('No sample drawn yet.').waitFor();
    await panel.getByLabel('Chats per responder').fill('1');
    await panel.getByRole('button', { name: 'Save rule' }).click();
    await dev.getByText('Sample rule saved.').waitFor();
    await panel.getByText(/1 chats per responder/).waitFor();
    expect(await accessibilityViolations(dev)).toEqual([]);
    await panel.getByRole('button', { name: 'Draw now' }).click();
    await dev.getByText(/^Drew 1 chats for \d{4}-\d{2}\.$/).waitFor();
    await expect(panel.getByRole('row').count()).resolves.toBe(2);
    await panel.getByRole('cell', { name: 'Dev Dasgupta' }).waitFor();
    await dev.context().close();
  });

  it('Quinn finds it in the inbox as Sampled, with why, and assigns it with a due date', async () => {
    quinn = await signIn(browser, server.url, 'qa@coop.example');
    await quinn.getByRole('link', { name: 'Quality' }).click();
    const inbox = quinn.getByRole('region', { name: 'Review inbox' });
    const row = inbox.getByRole('row').filter({ hasText: QUESTION });
    await row.getByText('Sampled').waitFor();
    await row.getByText('responder sample for Ben Brooks').waitFor();
    // Reviewers see the draws; only coordinators draw.
    const panel = quinn.getByRole('region', { name: 'Random sample' });
    await panel.getByRole('cell', { name: 'Dev Dasgupta' }).waitFor();
    await expect(panel.getByRole('button', { name: 'Draw now' }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(quinn)).toEqual([]);
    await row.getByRole('link', { name: QUESTION }).click();
    await quinn.getByRole('heading', { name: `Sampled chat: ${QUESTION}` }).waitFor();
    await quinn.getByText(/\(responder sample for Ben Brooks\)\./).waitFor();
    const assignment = quinn.getByRole('form', { name: 'Assignment' });
    await assignment.getByLabel('Reviewer').selectOption({ label: 'Quinn Quality' });
    await assignment.getByLabel('Due').fill('2031-01-15');
    await assignment.getByRole('button', { name: 'Save assignment' }).click();
    await quinn.getByText('Assignment saved.').waitFor();
    await quinn.getByText(/^Assigned to Quinn Quality, due .*15.*2031\.$/).waitFor();
    expect(await accessibilityViolations(quinn)).toEqual([]);
    await quinn.getByRole('link', { name: 'Back to quality' }).click();
    const assigned = quinn.getByRole('row').filter({ hasText: QUESTION });
    await assigned.getByRole('cell', { name: 'Quinn Quality' }).waitFor();
  });
});
